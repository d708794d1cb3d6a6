import type { HttpSettings } from '../../domain/datasets/schema'
import { bodyExcerpt, HttpConnectorError, networkReason } from './errors'
import type { Clock } from './rate-limiter'

export interface Authenticator {
  /** Headers that authenticate a request (fetches an OAuth2 token when none is cached). */
  headers(): Promise<Record<string, string>>
  /**
   * After a 401 to a request sent with `used` headers: forgets that token; true when a retry with fresh
   * credentials makes sense (OAuth2 only: other secrets do not change).
   */
  renew(used: Record<string, string>): boolean
  /** Every secret value in play, for redaction of error messages. */
  secrets(): string[]
}

export interface AuthDeps {
  fetch: typeof fetch
  clock: Clock
  timeoutMs: number
}

/** Builds the authenticator the dataset's `auth` asks for, with the connection's decrypted secret. */
export function createAuthenticator(
  http: HttpSettings,
  secret: string | undefined,
  deps: AuthDeps,
): Authenticator {
  const fixed = (headers: Record<string, string>, secrets: string[]): Authenticator => ({
    headers: async () => headers,
    renew: () => false,
    secrets: () => secrets,
  })
  if (http.auth === 'none') return fixed({}, secret ? [secret] : [])
  if (!secret) throw new HttpConnectorError(`The connection has no secret for ${http.auth} authentication`)
  switch (http.auth) {
    case 'api_key':
      return fixed({ [http.apiKeyHeader]: secret }, [secret])
    case 'bearer':
      return fixed({ authorization: `Bearer ${secret}` }, [secret])
    case 'basic': {
      const encoded = Buffer.from(secret, 'utf8').toString('base64')
      const password = secret.slice(secret.indexOf(':') + 1)
      return fixed({ authorization: `Basic ${encoded}` }, [secret, encoded, password])
    }
    case 'oauth2_client_credentials':
      return clientCredentials(http, secret, deps)
  }
}

interface CachedToken {
  value: string
  /** Clock time after which the token is renewed before use. */
  renewAt: number
}

/** Renew a token this long before it expires: 60 s, or a tenth of its lifetime for short-lived tokens. */
const renewMargin = (lifetimeMs: number) => Math.min(60_000, lifetimeMs / 10)

/**
 * OAuth2 client credentials (RFC 6749 4.4): the client id and secret are posted to the token endpoint as a form;
 * the access token is cached until shortly before it expires and shared by concurrent requests.
 */
function clientCredentials(http: HttpSettings, secret: string, deps: AuthDeps): Authenticator {
  const colon = secret.indexOf(':')
  if (colon <= 0) throw new HttpConnectorError('The OAuth2 secret must be "clientId:clientSecret"')
  if (!http.tokenUrl) throw new HttpConnectorError('OAuth2 client credentials need a tokenUrl in the dataset')
  const tokenUrl = new URL(http.tokenUrl)
  const endpoint = `POST ${tokenUrl.host}${tokenUrl.pathname}`
  const clientId = secret.slice(0, colon)
  const clientSecret = secret.slice(colon + 1)
  const issued = new Set<string>()
  let cached: CachedToken | undefined
  let pending: Promise<CachedToken> | undefined
  const secrets = () => [secret, clientSecret, ...issued]

  async function requestToken(): Promise<CachedToken> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    })
    if (http.scope) form.set('scope', http.scope)
    const requestedAt = deps.clock.now()
    let response: Response
    let text: string
    try {
      response = await deps.fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs),
      })
      text = await response.text()
    } catch (error) {
      throw new HttpConnectorError(`${endpoint} failed: ${networkReason(error, deps.timeoutMs)}`)
    }
    if (!response.ok) {
      const excerpt = bodyExcerpt(text, secrets())
      throw new HttpConnectorError(
        `${endpoint} refused the client credentials: ${response.status}${excerpt ? ` ${excerpt}` : ''}`,
        response.status,
      )
    }
    let body: { access_token?: unknown; expires_in?: unknown }
    try {
      body = JSON.parse(text)
    } catch {
      throw new HttpConnectorError(`${endpoint} answered ${response.status} without a JSON token`)
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
      throw new HttpConnectorError(`${endpoint} answered without an access_token`)
    issued.add(body.access_token)
    const lifetime = Number(body.expires_in) * 1000
    const renewAt =
      Number.isFinite(lifetime) && lifetime > 0
        ? requestedAt + lifetime - renewMargin(lifetime)
        : Number.POSITIVE_INFINITY
    return { value: body.access_token, renewAt }
  }

  async function token(): Promise<string> {
    if (cached && deps.clock.now() < cached.renewAt) return cached.value
    if (!pending)
      pending = requestToken().finally(() => {
        pending = undefined
      })
    const fresh = await pending
    cached = fresh
    return fresh.value
  }

  return {
    headers: async () => ({ authorization: `Bearer ${await token()}` }),
    renew: (used) => {
      if (cached && used.authorization === `Bearer ${cached.value}`) cached = undefined
      return true
    },
    secrets,
  }
}
