import type { ConnectorKind } from '../../db/schema'
import type { FieldIssue } from '../../domain/errors'
import type { ConnectionOptionsInput } from './schemas'

export type NormalisedConnection =
  | { ok: true; options: Record<string, unknown>; secretFromUrl?: string }
  | { ok: false; errors: FieldIssue[] }

const URL_SCHEMES: Record<'postgres' | 'mysql', readonly string[]> = {
  postgres: ['postgres:', 'postgresql:'],
  mysql: ['mysql:', 'mariadb:'],
}
const SEPARATE = ['host', 'port', 'database', 'user'] as const

/**
 * Checks the connection options of a dataset and takes any password out of a URL (user:password@ or
 * ?password=), so that it is stored encrypted as the secret and the options never hold one. `path` prefixes the
 * field names in errors (e.g. body.options).
 */
export function normaliseConnectionOptions(
  connector: ConnectorKind,
  options: ConnectionOptionsInput,
  path = 'body.options',
): NormalisedConnection {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined))
  if (connector === 'manual') {
    return fail('body', 'A manual system has no connection: an agent handles it by hand.')
  }
  if (connector === 'http') {
    const other = Object.keys(given).filter((k) => k !== 'checkPath')
    if (other.length > 0) {
      return fail(
        `${path}.${other[0]}`,
        'An http dataset takes its address from the file (http.baseUrl): only checkPath may be set here.',
      )
    }
    return { ok: true, options: given }
  }
  if (given.checkPath !== undefined) {
    return fail(`${path}.checkPath`, 'checkPath is for http datasets only')
  }
  if (given.url === undefined) {
    const errors: FieldIssue[] = []
    if (given.host === undefined)
      errors.push({ path: `${path}.host`, message: 'Give a host (or a url)', code: 'connection_incomplete' })
    if (given.database === undefined)
      errors.push({
        path: `${path}.database`,
        message: 'Give the database name (or a url)',
        code: 'connection_incomplete',
      })
    return errors.length > 0 ? { ok: false, errors } : { ok: true, options: given }
  }
  const both = SEPARATE.filter((k) => given[k] !== undefined)
  if (both.length > 0) {
    return fail(`${path}.${both[0]}`, 'Give either a url or host, port, database and user, not both')
  }
  let url: URL
  try {
    url = new URL(String(given.url))
  } catch {
    return fail(`${path}.url`, 'Not a URL, e.g. postgres://user@db.example.be:5432/crm')
  }
  const schemes = URL_SCHEMES[connector]
  if (!schemes.includes(url.protocol)) {
    return fail(`${path}.url`, `A ${connector} URL starts with ${schemes.map((s) => `${s}//`).join(' or ')}`)
  }
  if (!url.hostname) return fail(`${path}.url`, 'The URL names no host')
  let secretFromUrl = url.password ? safeDecode(url.password) : undefined
  url.password = ''
  const queryPassword = url.searchParams.get('password')
  if (queryPassword !== null) {
    secretFromUrl ??= queryPassword
    url.searchParams.delete('password')
  }
  return {
    ok: true,
    options: { ...given, url: url.toString() },
    ...(secretFromUrl ? { secretFromUrl } : {}),
  }
}

function fail(path: string, message: string): NormalisedConnection {
  return { ok: false, errors: [{ path, message, code: 'invalid' }] }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
