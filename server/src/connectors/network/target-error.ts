import { randomBytes } from 'node:crypto'

/**
 * The stable codes of a connection a connector could not make, as users see them. They say what to do, never why
 * the network or the server refused (closed port, unknown role, wrong password, Custos's own database): that detail
 * goes to the server log under the reference, so that a connection test cannot be used to probe a network or
 * guess accounts.
 */
export const CONNECTOR_PROBLEMS = ['connector.target-not-allowed', 'connector.connection-failed'] as const
export type ConnectorProblemCode = (typeof CONNECTOR_PROBLEMS)[number]

const TEXT: Record<ConnectorProblemCode, string> = {
  'connector.target-not-allowed':
    'This installation does not allow connectors to reach this address; an administrator decides which hosts and networks connectors may reach.',
  'connector.connection-failed':
    'The connection failed. Check the host, port, database, user and password; an administrator finds the reason in the server log.',
}

/** A refused or failed connection, with a neutral message; `reference` finds the detail in the server log. */
export class ConnectorTargetError extends Error {
  override name = 'ConnectorTargetError'
  constructor(
    readonly code: ConnectorProblemCode,
    readonly reference: string = newReference(),
  ) {
    super(`${TEXT[code]} (reference ${reference})`)
  }
}

export const newReference = () => randomBytes(4).toString('hex')

/** The problem of a failed connection check, for the API and the UI. */
export interface ConnectorProblem {
  code: ConnectorProblemCode
  reference: string
}

export const problemOf = (error: ConnectorTargetError): ConnectorProblem => ({
  code: error.code,
  reference: error.reference,
})

const STORED = /^(.*) \(reference ([0-9a-f]+)\)$/s

/**
 * The problem behind a stored error text (a run step keeps only the message): exactly the message of a
 * `ConnectorTargetError`, else undefined (any other failure, or a text worded before the catalogue changed).
 */
export function problemInMessage(message: string): ConnectorProblem | undefined {
  const match = STORED.exec(message)
  if (!match) return undefined
  const code = CONNECTOR_PROBLEMS.find((c) => TEXT[c] === match[1])
  return code ? { code, reference: match[2] as string } : undefined
}
