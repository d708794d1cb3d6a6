import { z } from 'zod'
import type { ConnectionCheck, ConnectionSettings } from '../driver'
import { ConnectorTargetError, problemOf } from '../network/target-error'
import type { ConnectorGuard, ConnectorTarget } from '../network/target-guard'
import { isConnectionFailure } from './connection-failure'

/** Where a SQL driver connects to, from the stored options and the decrypted secret. */
export interface SqlEndpoint {
  dialect: 'postgres' | 'mysql'
  host: string
  port: number
  database: string
  user: string
  password?: string
  ssl: boolean
  /** PostgreSQL: the schema collections without their own `schema` live in (default: the search path). */
  schema?: string
  /** Decides whether and where the driver may connect (allow-list, Custos's own database). */
  guard: ConnectorGuard
}

const DEFAULT_PORT = { postgres: 5432, mysql: 3306 } as const
const SCHEMES = { postgres: ['postgres:', 'postgresql:'], mysql: ['mysql:', 'mariadb:'] } as const

const fieldsSchema = z.strictObject({
  host: z.string().min(1).max(255),
  port: z.coerce.number().int().min(1).max(65535).optional(),
  database: z.string().min(1).max(128),
  user: z.string().min(1).max(128),
  ssl: z.boolean().optional(),
  schema: z.string().min(1).max(128).optional(),
})
const urlSchema = z.strictObject({
  url: z.string().min(1).max(2000),
  ssl: z.boolean().optional(),
  schema: z.string().min(1).max(128).optional(),
})

/** Raised for settings that cannot describe a database: the message names the option. */
export class SqlSettingsError extends Error {}

function fromUrl(
  dialect: SqlEndpoint['dialect'],
  text: string,
): Omit<SqlEndpoint, 'ssl' | 'schema' | 'guard'> & {
  ssl: boolean
} {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new SqlSettingsError('url: not a valid URL')
  }
  if (!(SCHEMES[dialect] as readonly string[]).includes(url.protocol))
    throw new SqlSettingsError(`url: expected ${SCHEMES[dialect][0]}//user@host:port/database`)
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  const user = decodeURIComponent(url.username)
  if (!url.hostname || !database || !user)
    throw new SqlSettingsError(
      'url: the user, host and database are required (scheme://user@host:port/database)',
    )
  const sslmode = url.searchParams.get('sslmode') ?? url.searchParams.get('ssl')
  return {
    dialect,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : DEFAULT_PORT[dialect],
    database,
    user,
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ssl: sslmode !== null && !['disable', 'false', '0'].includes(sslmode),
  }
}

/** Reads `{ url }` or `{ host, port, database, user }` (plus ssl, schema); the secret wins over a URL password. */
export function sqlEndpoint(settings: ConnectionSettings): SqlEndpoint {
  if (settings.kind !== 'postgres' && settings.kind !== 'mysql')
    throw new SqlSettingsError(`Not a SQL connection: ${settings.kind}`)
  const dialect = settings.kind
  const options = settings.options ?? {}
  let endpoint: SqlEndpoint
  if ('url' in options) {
    const parsed = urlSchema.safeParse(options)
    if (!parsed.success) throw new SqlSettingsError(describeIssues(parsed.error))
    endpoint = { ...fromUrl(dialect, parsed.data.url), guard: settings.guard }
    if (parsed.data.ssl !== undefined) endpoint.ssl = parsed.data.ssl
    if (parsed.data.schema) endpoint.schema = parsed.data.schema
  } else {
    const parsed = fieldsSchema.safeParse(options)
    if (!parsed.success) throw new SqlSettingsError(describeIssues(parsed.error))
    const { port, ssl, schema, ...rest } = parsed.data
    endpoint = {
      dialect,
      ...rest,
      port: port ?? DEFAULT_PORT[dialect],
      ssl: ssl ?? false,
      guard: settings.guard,
    }
    if (schema) endpoint.schema = schema
  }
  if (settings.secret) endpoint.password = settings.secret
  return endpoint
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
}

/** An error message safe to show: the password (and its URL-encoded form) replaced by •••. */
export function safeMessage(error: unknown, endpoint: SqlEndpoint): string {
  let message = error instanceof Error ? error.message : String(error)
  if (!message && error && typeof error === 'object' && 'code' in error) message = String(error.code)
  const password = endpoint.password
  if (password) {
    for (const form of new Set([password, encodeURIComponent(password)]))
      message = message.split(form).join('•••')
  }
  return message || 'unknown error'
}

export function targetOf(endpoint: SqlEndpoint): ConnectorTarget {
  return { kind: endpoint.dialect, host: endpoint.host, port: endpoint.port, database: endpoint.database }
}

/**
 * What a SQL driver lets users see of an error: a failure to connect or sign in becomes the guard's neutral error
 * (the detail goes to the server log); a statement that failed on a working connection is left as it is.
 */
export function neutralised(error: unknown, endpoint: SqlEndpoint): unknown {
  return isConnectionFailure(error)
    ? endpoint.guard.failed(error, targetOf(endpoint), [endpoint.password])
    : error
}

/** A failed connection check: the neutral problem of a connection failure, else the message without secret. */
export function checkFailure(error: unknown, endpoint: SqlEndpoint): ConnectionCheck {
  if (error instanceof ConnectorTargetError)
    return { ok: false, message: error.message, problem: problemOf(error) }
  return { ok: false, message: safeMessage(error, endpoint) }
}

/** The message of a failed connection check or discovery: neutral for a connection failure, else without secret. */
export function cannotConnect(error: unknown, endpoint: SqlEndpoint): string {
  const failure = neutralised(error, endpoint)
  return failure instanceof ConnectorTargetError ? failure.message : safeMessage(failure, endpoint)
}
