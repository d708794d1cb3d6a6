import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import type { ConnectorGuard } from './target-guard'

/** Statuses whose response has no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * `fetch` for the HTTP connector that reaches only what the guard allows: the host name is resolved once, the
 * address checked against the allow-list, and the request sent to that very address (TLS still verifies the
 * certificate for the name). Whatever goes wrong before an answer arrives is a neutral ConnectorTargetError;
 * the reason (refused, unreachable, timeout, certificate) goes to the server log. Redirects are never followed.
 */
export function guardedFetch(guard: ConnectorGuard): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const name = url.hostname.replace(/^\[|\]$/g, '')
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
    const target = { kind: 'http' as const, host: name, port }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw guard.failed(new Error(`${url.protocol} is not HTTP`), target)
    guard.checkUrl(url)
    const address = await guard.pin(target)
    try {
      return await send(url, address, name, port, init)
    } catch (error) {
      if (error instanceof AnswerError) throw error.cause
      throw guard.failed(error, target)
    }
  }) as typeof fetch
}

/** A failure after the server started answering: not a connection failure, handed on as it is. */
class AnswerError extends Error {}

function send(url: URL, address: string, name: string, port: number, init: RequestInit): Promise<Response> {
  const transport = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = { host: url.host }
  for (const [key, value] of new Headers(init.headers).entries()) headers[key] = value
  return new Promise<Response>((resolve, reject) => {
    const request = transport.request(
      {
        host: address,
        port,
        method: init.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
        ...(url.protocol === 'https:' && !isIP(name) ? { servername: name } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', (error) => reject(new AnswerError('answer interrupted', { cause: error })))
        response.on('end', () => {
          const responseHeaders = new Headers()
          const raw = response.rawHeaders
          for (let i = 0; i + 1 < raw.length; i += 2) {
            try {
              responseHeaders.append(raw[i] as string, raw[i + 1] as string)
            } catch {
              // A header value fetch could not carry either: left out.
            }
          }
          const status = response.statusCode ?? 0
          try {
            resolve(
              new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage ?? '',
                headers: responseHeaders,
              }),
            )
          } catch (error) {
            reject(new AnswerError('unusable answer', { cause: error }))
          }
        })
      },
    )
    request.on('error', reject)
    request.end(typeof init.body === 'string' ? init.body : undefined)
  })
}
