import { ConnectorTargetError } from '../network/target-error'
import type { Authenticator } from './auth'
import { bodyExcerpt, HttpConnectorError, networkReason } from './errors'
import type { Clock, RateLimiter } from './rate-limiter'
import { retryDelay } from './retry-after'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: URL
  /** Names the endpoint in errors, e.g. "GET api.example.com/v1/contacts/{id}" (no values from the request). */
  endpoint: string
  /** JSON body. */
  body?: unknown
  /** Statuses handed back to the caller instead of raised (e.g. 404 on delete). */
  accept?: readonly number[]
}

export interface HttpResponse {
  status: number
  headers: Headers
  /** The parsed JSON body; undefined when the body is empty or not JSON (then see `text`). */
  body: unknown
  text: string
}

export interface HttpClientDeps {
  fetch: typeof fetch
  clock: Clock
  timeoutMs: number
  /**
   * How many times a 429/503 is retried inside the request (after Retry-After); default MAX_RETRIES. 0 for a
   * caller that retries on its own schedule and shows each attempt (a consent withdrawal's call).
   */
  busyRetries?: number | undefined
}

/** 429 and 503 answers are retried this many times (after Retry-After) before the request fails. */
const MAX_RETRIES = 5

/**
 * Sends requests to one API: authenticated, paced by the rate limiter, retried after 429/503 as the server asks,
 * re-authenticated once after a 401 when the credentials can be renewed (OAuth2), with a timeout per attempt.
 * Redirects are not followed: an API key must not travel to another address.
 */
export class HttpClient {
  constructor(
    private readonly auth: Authenticator,
    private readonly limiter: RateLimiter,
    private readonly deps: HttpClientDeps,
  ) {}

  async request(request: HttpRequest): Promise<HttpResponse> {
    let retries = 0
    let renewed = false
    for (;;) {
      await this.limiter.acquire()
      const auth = await this.auth.headers()
      const response = await this.send(request, auth)
      const { status } = response
      if (status === 401 && !renewed && this.auth.renew(auth)) {
        renewed = true
        continue
      }
      if (status === 429 || status === 503) {
        const allowed = this.deps.busyRetries ?? MAX_RETRIES
        if (allowed === 0) throw this.failure(request, response)
        if (retries >= allowed)
          throw new HttpConnectorError(
            `${request.endpoint} still answered ${status}${statusText(response)} after ${allowed} retries`,
            status,
          )
        retries++
        this.limiter.pause(retryDelay(response.headers.get('retry-after'), this.deps.clock.now()))
        continue
      }
      if ((status >= 200 && status < 300) || request.accept?.includes(status)) return response
      throw this.failure(request, response)
    }
  }

  private async send(request: HttpRequest, auth: Record<string, string>): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'Custos', ...auth }
    if (request.body !== undefined) headers['content-type'] = 'application/json'
    try {
      const response = await this.deps.fetch(request.url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.deps.timeoutMs),
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, body: parseJson(text), text }
    } catch (error) {
      // A connection that could not be made is neutral (no port state); the reason is in the server log.
      if (error instanceof ConnectorTargetError) throw error
      throw new HttpConnectorError(`${request.endpoint} failed: ${networkReason(error, this.deps.timeoutMs)}`)
    }
  }

  private failure(request: HttpRequest, response: HttpResponse): HttpConnectorError {
    const { status } = response
    let hint = ''
    if (status === 401 || status === 403) hint = ' (check the credentials of the connection)'
    if (status >= 300 && status < 400) {
      const location = response.headers.get('location')
      const target = location ? safeOrigin(location, request.url) : undefined
      hint = ` (a redirect${target ? ` to ${target}` : ''}: set the baseUrl to the final address)`
    }
    const excerpt = bodyExcerpt(response.text, this.auth.secrets())
    return new HttpConnectorError(
      `${request.endpoint} answered ${status}${statusText(response)}${hint}${excerpt ? `: ${excerpt}` : ''}`,
      status,
    )
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

function statusText(response: HttpResponse): string {
  const reason = REASONS[response.status]
  return reason ? ` ${reason}` : ''
}

function safeOrigin(location: string, base: URL): string | undefined {
  try {
    return new URL(location, base).origin
  } catch {
    return undefined
  }
}
