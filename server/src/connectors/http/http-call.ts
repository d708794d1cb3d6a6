import type { DatasetDocument } from '../../domain/datasets/schema'
import type { ConnectionSettings } from '../driver'
import { guardedFetch } from '../network/guarded-fetch'
import { createAuthenticator } from './auth'
import { type EndpointTemplate, endpointRequest } from './endpoint-request'
import { HttpConnectorError, redact } from './errors'
import { HttpClient } from './http-client'
import { RateLimiter, systemClock } from './rate-limiter'
import { TemplateError, type TemplateValues } from './template'

/**
 * One call to the API a dataset describes, outside any collection (a withdrawal's unsubscribe call): through the
 * dataset's base URL, authentication, rate limit and the connector guard, like the driver's own calls. Answers the
 * HTTP status; a non-2xx answer, a network failure or a bad template throws an HttpConnectorError whose message
 * names the endpoint and never the secret.
 */
export async function callHttpEndpoint(
  dataset: DatasetDocument,
  settings: ConnectionSettings,
  endpoint: EndpointTemplate,
  values: TemplateValues,
  options: CallOptions = {},
): Promise<number> {
  return (await callHttpEndpointForAnswer(dataset, settings, endpoint, values, options)).status
}

export interface CallOptions {
  fetch?: typeof fetch
  timeoutMs?: number
  /** 429/503 retries inside this call (default: as every connector request); 0 fails at the first. */
  busyRetries?: number
}

/** The same call, answering the status and the parsed JSON body (a retention sweep reads the count it reports). */
export async function callHttpEndpointForAnswer(
  dataset: DatasetDocument,
  settings: ConnectionSettings,
  endpoint: EndpointTemplate,
  values: TemplateValues,
  options: CallOptions = {},
): Promise<{ status: number; body: unknown }> {
  const http = dataset.http
  if (dataset.connector !== 'http' || !http)
    throw new HttpConnectorError(`Dataset ${dataset.key} is not an http dataset with http settings`)
  const timeoutMs = options.timeoutMs ?? 30_000
  const fetchFn = options.fetch ?? guardedFetch(settings.guard)
  let secrets: string[] = []
  try {
    const auth = createAuthenticator(http, settings.secret, { fetch: fetchFn, clock: systemClock, timeoutMs })
    secrets = auth.secrets()
    const client = new HttpClient(auth, new RateLimiter(http.rateLimit?.requestsPerSecond, systemClock), {
      fetch: fetchFn,
      clock: systemClock,
      timeoutMs,
      busyRetries: options.busyRetries,
    })
    const response = await client.request(endpointRequest(http.baseUrl, endpoint, values))
    return { status: response.status, body: response.body }
  } catch (error) {
    if (error instanceof TemplateError) throw new HttpConnectorError(error.message)
    if (error instanceof HttpConnectorError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new HttpConnectorError(redact(message, secrets))
  }
}
