import type { DatasetDocument } from '../../domain/datasets/schema'
import type { ConnectionCheck, ConnectionSettings, Driver } from '../driver'
import { guardedFetch } from '../network/guarded-fetch'
import { ConnectorTargetError, problemOf } from '../network/target-error'
import { type Authenticator, createAuthenticator } from './auth'
import { endpointPlaceholders, endpointRequest } from './endpoint-request'
import { HttpConnectorError, redact } from './errors'
import { HttpClient } from './http-client'
import { selectRows } from './http-select'
import { createHttpWriter } from './http-write'
import { RateLimiter, systemClock } from './rate-limiter'
import { TemplateError } from './template'

export interface HttpDriverOptions {
  /** Tests only: replaces the guarded fetch (allow-list, pinned address) with another. */
  fetch?: typeof fetch
  now?: () => number
  /** How the driver waits (rate limit, Retry-After); tests may record instead of waiting. */
  sleep?: (ms: number) => Promise<void>
  /** Per request attempt; default 30 s. */
  timeoutMs?: number
  /** Default 1000. */
  maxPages?: number
}

/** A value for a placeholder in "test connection": it finds nobody, harmlessly. */
const CHECK_EMAIL = 'connection-check@custos.invalid'

/**
 * A driver for a SaaS tool described declaratively in the dataset (`http` settings and each collection's read,
 * update and erase endpoints). settings.secret holds the API key, bearer token, "user:password" or
 * "clientId:clientSecret" as `auth` says.
 */
export function openHttpDriver(
  dataset: DatasetDocument,
  settings: ConnectionSettings,
  options: HttpDriverOptions = {},
): Driver {
  const http = dataset.http
  if (dataset.connector !== 'http' || !http)
    throw new HttpConnectorError(`Dataset ${dataset.key} is not an http dataset with http settings`)
  const clock = { now: options.now ?? systemClock.now, sleep: options.sleep ?? systemClock.sleep }
  const timeoutMs = options.timeoutMs ?? 30_000
  const fetchFn = options.fetch ?? guardedFetch(settings.guard)
  const auth = authenticatorOrFailure(() =>
    createAuthenticator(http, settings.secret, { fetch: fetchFn, clock, timeoutMs }),
  )
  const baseUrl = http.baseUrl
  const client = new HttpClient(auth, new RateLimiter(http.rateLimit?.requestsPerSecond, clock), {
    fetch: fetchFn,
    clock,
    timeoutMs,
  })
  const context = { client, baseUrl, pagination: http.pagination, maxPages: options.maxPages }
  const writer = createHttpWriter(context)
  const explain = (error: unknown): never => {
    if (error instanceof TemplateError) throw new HttpConnectorError(error.message)
    throw error
  }

  async function check(): Promise<ConnectionCheck> {
    const host = new URL(baseUrl).host
    try {
      const checkPath = settings.options.checkPath
      const collection = dataset.collections.find((c) => c.http?.read)
      const read = collection?.http?.read
      const endpoint =
        typeof checkPath === 'string' || !read
          ? { method: 'GET' as const, path: typeof checkPath === 'string' ? checkPath : '/', query: {} }
          : read
      const values = new Map<string, unknown>()
      for (const name of endpointPlaceholders(endpoint)) {
        const field = collection?.fields.find((f) => f.name === name || f.identity === name)
        values.set(name, field?.identity === 'email' || /mail/i.test(name) ? CHECK_EMAIL : '0')
      }
      const lookup = endpoint.path.includes('{')
      const request = endpointRequest(baseUrl, endpoint, values)
      const response = await client.request({ ...request, accept: lookup ? [404] : [] })
      if (response.status === 404)
        return { ok: true, message: `HTTP 404 from ${host} (nothing found for the test value)` }
      return { ok: true, message: `HTTP ${response.status} from ${host}` }
    } catch (error) {
      if (error instanceof ConnectorTargetError)
        return { ok: false, message: error.message, problem: problemOf(error) }
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, message: redact(message, auth.secrets()) }
    }
  }

  return {
    kind: 'http',
    check,
    select: (collection, matches, fields) => selectRows(context, collection, matches, fields).catch(explain),
    write: (fn) => fn(writer).catch(explain),
    close: async () => {},
  }
}

/** A configuration error (no secret, no tokenUrl) surfaces on use - as a failed check, not a crash on opening. */
function authenticatorOrFailure(create: () => Authenticator): Authenticator {
  try {
    return create()
  } catch (error) {
    return { headers: () => Promise.reject(error), renew: () => false, secrets: () => [] }
  }
}
