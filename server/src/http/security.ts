import helmet from '@fastify/helmet'
import type { FastifyInstance, FastifyReply } from 'fastify'

export interface SecurityHeaderOptions {
  /** The public URL is https: only then is Strict-Transport-Security sent (over plain http it means nothing). */
  https: boolean
}

/**
 * Security headers with a strict Content Security Policy: scripts and styles only from this origin, no inline
 * code (the admin UI is built by Vite without inline scripts), no framing, no plugins.
 */
export async function installSecurityHeaders(app: FastifyInstance, { https }: SecurityHeaderOptions) {
  await app.register(helmet, {
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
