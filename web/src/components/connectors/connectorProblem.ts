import type { TFunction } from 'i18next'
import { ApiError } from '../../api/problem'

/** A connection a connector could not make: a stable code and the reference of the reason in the server log. */
export interface ConnectorProblem {
  code: string
  reference: string
}

const KEYS: Record<string, 'targetNotAllowed' | 'connectionFailed'> = {
  'connector.target-not-allowed': 'targetNotAllowed',
  'connector.connection-failed': 'connectionFailed',
}

/** The problem in the user's language with its reference, or undefined for a code this UI does not know. */
export function connectorProblemText(problem: ConnectorProblem, t: TFunction): string | undefined {
  const key = KEYS[problem.code]
  if (!key) return undefined
  return `${t(`connectors.connection.refusals.${key}`)} ${t('connectors.connection.reference', { reference: problem.reference })}`
}

/** What a connection check says: a refused or failed connection in the user's language, else the server's text. */
export function checkMessage(check: { message: string; problem?: ConnectorProblem }, t: TFunction): string {
  return (check.problem && connectorProblemText(check.problem, t)) ?? check.message
}

/** A refused discovery (422 whose field problem carries a connector code) in the user's language. */
export function connectorRefusal(error: unknown, t: TFunction): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  for (const e of error.problem?.errors ?? []) {
    const code = (e as { code?: string }).code
    if (!code || !KEYS[code]) continue
    const reference = /reference ([0-9a-f]+)/.exec(e.message)?.[1] ?? ''
    return connectorProblemText({ code, reference }, t)
  }
  return undefined
}
