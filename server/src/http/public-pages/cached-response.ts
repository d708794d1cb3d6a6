import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'
import Negotiator from 'negotiator'

type Encoding = 'br' | 'gzip' | 'identity'

/** A rendered public page, kept as bytes in each encoding a browser may ask for, with its validator. */
export interface CachedResponse {
  type: string
  headers: Readonly<Record<string, string>>
  bodies: Readonly<Partial<Record<Encoding, Buffer>>> & { identity: Buffer }
  /** Strong validator of the identity bytes (an encoded variant adds its encoding). */
  etag: string
}

/** Smaller bodies are not worth compressing; PDFs are compressed already. */
const COMPRESS_FROM_BYTES = 1024

/**
 * Renders once, serves many times: the bytes are compressed here once (brotli and gzip) instead of on every
 * response, which is what makes a cached page cost little more than a static file.
 */
export function cachedResponse(
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): CachedResponse {
  const identity = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  const etag = createHash('sha256').update(identity).digest('base64url').slice(0, 27)
  const compressible = identity.length >= COMPRESS_FROM_BYTES && !type.startsWith('application/pdf')
  const bodies = compressible
    ? {
        identity,
        gzip: gzipSync(identity, { level: 9 }),
        br: brotliCompressSync(identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
      }
    : { identity }
  return { type, headers, bodies, etag }
}

/**
 * Sends a cached page: the best encoding the client accepts, an ETag per representation, 304 when the client
 * already holds it. `no-cache`: browsers and proxies may keep it but ask again each time (a new version must
 * show at once); the answer to that question is a cheap 304.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, page: CachedResponse): FastifyReply {
  const offered = (['br', 'gzip'] as const).filter((e) => page.bodies[e] !== undefined)
  const encoding = (new Negotiator(request).encoding([...offered, 'identity']) ?? 'identity') as Encoding
  const body = page.bodies[encoding] ?? page.bodies.identity
  const used: Encoding = page.bodies[encoding] ? encoding : 'identity'
  const etag = used === 'identity' ? `"${page.etag}"` : `"${page.etag}-${used}"`
  reply
    .headers(page.headers)
    .header('etag', etag)
    .header('vary', 'Accept-Encoding, Accept-Language')
    .header('cache-control', 'no-cache')
  if (used !== 'identity') reply.header('content-encoding', used)
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send()
  return reply.type(page.type).send(body)
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
