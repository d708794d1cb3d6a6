import { z } from 'zod'
import type { ConnectionSettings } from '../driver'

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
): Omit<SqlEndpoint, 'ssl' | 'schema'> & {
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
    endpoint = { ...fromUrl(dialect, parsed.data.url) }
    if (parsed.data.ssl !== undefined) endpoint.ssl = parsed.data.ssl
    if (parsed.data.schema) endpoint.schema = parsed.data.schema
  } else {
    const parsed = fieldsSchema.safeParse(options)
    if (!parsed.success) throw new SqlSettingsError(describeIssues(parsed.error))
    const { port, ssl, schema, ...rest } = parsed.data
    endpoint = { dialect, ...rest, port: port ?? DEFAULT_PORT[dialect], ssl: ssl ?? false }
    if (schema) endpoint.schema = schema
  }
  if (settings.secret) endpoint.password = settings.secret
  return endpoint
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')
}

/** "127.0.0.1:5432" (IPv6 hosts in brackets). */
function endpointAddress(endpoint: SqlEndpoint): string {
  const host = endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host
  return `${host}:${endpoint.port}`
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

/** The message of a failed connection check. */
export function cannotConnect(error: unknown, endpoint: SqlEndpoint): string {
  return `Cannot connect to ${endpointAddress(endpoint)}: ${safeMessage(error, endpoint)}`
}
