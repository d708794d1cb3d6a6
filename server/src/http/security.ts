import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance, FastifyReply } from 'fastify'
import helmet from 'helmet'

export interface SecurityHeaderOptions {
  /** The public URL is https: only then is Strict-Transport-Security sent (over plain http it means nothing). */
  https: boolean
}

/**
 * Security headers with a strict Content Security Policy: scripts and styles only from this origin, no inline
 * code (the admin UI is built by Vite without inline scripts), no framing, no plugins. The headers do not depend on
 * the request, so Helmet is asked for them once and they are set on every response as it starts (the Fastify plugin
 * built Helmet's middleware anew on every request: ~4 % of the CPU of a consent event, decision 0108). They are
 * set on the Node response itself, as Helmet does, so a reply that takes over the socket keeps them too.
 */
export async function installSecurityHeaders(app: FastifyInstance, { https }: SecurityHeaderOptions) {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  })
  const headers = headersSetBy(setHeaders)
  app.addHook('onRequest', (_request, reply, done) => {
    const response = reply.raw
    for (const [name, value] of headers) response.setHeader(name, value)
    done()
  })
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

/** The headers a middleware sets on a fresh response (Helmet's are the same for every request). */
function headersSetBy(middleware: Middleware): [string, string][] {
  const set: [string, string][] = []
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, String(value)])
    },
    removeHeader() {
      // X-Powered-By: a fresh response has none.
    },
  }
  let finished = false
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error
    finished = true
  })
  if (!finished) throw new Error('The security headers middleware did not finish at once.')
  return set
}

/**
 * A page any website may show in a frame (the embedded privacy notice): CSP frame-ancestors * decides, so the
 * X-Frame-Options: SAMEORIGIN set for every other page goes - browsers that still read it would refuse the frame.
 */
export function allowFramingByAnySite(reply: FastifyReply): void {
  reply.header(
    'content-security-policy',
    "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'self'",
  )
  reply.removeHeader('x-frame-options')
}
