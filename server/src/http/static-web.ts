import { existsSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { SERVER_DIR } from '../server-dir'

export const WEB_DIST = resolve(SERVER_DIR, '../web/dist')

/** Vite puts every built file but index.html under assets/ with a content hash in its name. */
const HASHED = `${sep}assets${sep}`

/**
 * Serves the built admin UI (web/dist) from the same origin as the API (docs/decisions/0022). Files are sent
 * brotli- or gzip-compressed as the build wrote them (`preCompressed`), whichever the browser accepts. Hashed
 * files never change under their name: browsers keep them for a year without asking again. index.html, which
 * names the current hashed files, is revalidated on every load (ETag, 304 when unchanged).
 */
export async function installStaticWeb(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes(HASHED) ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  return true
}

export const PORTAL_ASSETS = resolve(SERVER_DIR, 'public')

/** Stylesheet and images of the public portal pages, at /p/assets/. */
export async function installPortalAssets(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: PORTAL_ASSETS,
    prefix: '/p/assets/',
    decorateReply: false,
    wildcard: false,
  })
}
