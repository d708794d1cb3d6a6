import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

export const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist')

/** Serves the built admin UI (web/dist) from the same origin as the API. */
export async function installStaticWeb(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true })
  return true
}

export const PORTAL_ASSETS = resolve(dirname(fileURLToPath(import.meta.url)), '../../public')

/** Stylesheet and images of the public portal pages, at /p/assets/. */
export async function installPortalAssets(app: FastifyInstance) {
  await app.register(fastifyStatic, {
    root: PORTAL_ASSETS,
    prefix: '/p/assets/',
    decorateReply: false,
    wildcard: false,
  })
}
