import type { ConnectionOptions } from './connectorApi'

/** The connection form as typed: separate fields or one URL (the server accepts either). */
export interface ConnectionDraft {
  mode: 'fields' | 'url'
  host: string
  port: string
  database: string
  user: string
  schema: string
  url: string
  ssl: boolean
}

export const EMPTY_CONNECTION: ConnectionDraft = {
  mode: 'fields',
  host: '',
  port: '',
  database: '',
  user: '',
  schema: '',
  url: '',
  ssl: false,
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The form filled from the stored options (they never hold the password). */
export function draftOf(options: Record<string, unknown>): ConnectionDraft {
  return {
    mode: typeof options.url === 'string' && !options.host ? 'url' : 'fields',
    host: text(options.host),
    port: typeof options.port === 'number' ? String(options.port) : '',
    database: text(options.database),
    user: text(options.user),
    schema: text(options.schema),
    url: text(options.url),
    ssl: options.ssl === true,
  }
}

/** What the form asks to store: only the fields of the chosen mode, blanks left out. */
export function optionsOf(draft: ConnectionDraft): ConnectionOptions {
  const schema = draft.schema.trim() ? { schema: draft.schema.trim() } : {}
  if (draft.mode === 'url') return { url: draft.url.trim(), ...schema }
  const port = Number.parseInt(draft.port, 10)
  return {
    ...(draft.host.trim() ? { host: draft.host.trim() } : {}),
    ...(draft.port.trim() && Number.isInteger(port) ? { port } : {}),
    ...(draft.database.trim() ? { database: draft.database.trim() } : {}),
    ...(draft.user.trim() ? { user: draft.user.trim() } : {}),
    ...schema,
    ...(draft.ssl ? { ssl: true } : {}),
  }
}

export type ConnectionProblem =
  | 'hostRequired'
  | 'databaseRequired'
  | 'urlRequired'
  | 'urlScheme'
  | 'portInvalid'

export type ConnectionField = 'host' | 'port' | 'database' | 'url'

/** Checks before sending, per field (the server checks again). */
export function connectionProblems(
  draft: ConnectionDraft,
  connector: 'postgres' | 'mysql',
): Partial<Record<ConnectionField, ConnectionProblem>> {
  if (draft.mode === 'url') {
    const url = draft.url.trim()
    if (!url) return { url: 'urlRequired' }
    const schemes = connector === 'postgres' ? ['postgres:', 'postgresql:'] : ['mysql:', 'mariadb:']
    return schemes.some((s) => url.toLowerCase().startsWith(`${s}//`)) ? {} : { url: 'urlScheme' }
  }
  const problems: Partial<Record<ConnectionField, ConnectionProblem>> = {}
  if (!draft.host.trim()) problems.host = 'hostRequired'
  if (!draft.database.trim()) problems.database = 'databaseRequired'
  const port = draft.port.trim()
  if (port && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535))
    problems.port = 'portInvalid'
  return problems
}
