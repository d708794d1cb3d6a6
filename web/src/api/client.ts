import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const TOKEN_SOURCES = new Set(['/api/v1/me', '/api/v1/auth/login'])

/** The CSRF token of the current session, from the last /api/v1/me or login answer. */
let csrfToken: string | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

type UnauthorizedListener = () => void
const unauthorizedListeners = new Set<UnauthorizedListener>()

/** Called when a request that needs a session answers 401 (the session ended or expired). */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener)
  return () => {
    unauthorizedListeners.delete(listener)
  }
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken)
    return request
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok && TOKEN_SOURCES.has(schemaPath)) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null)
      if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') {
        csrfToken = body.csrfToken
      }
    }
    const sessionRoute = !schemaPath.startsWith('/api/v1/auth/') && schemaPath !== '/api/v1/me'
    if (response.status === 401 && sessionRoute) {
      for (const listener of unauthorizedListeners) listener()
    }
    return response
  },
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })
api.use(csrf)
