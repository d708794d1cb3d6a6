import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/**
 * The server package's folder: the nearest folder above this module with a package.json. This module runs from
 * src/http (tsx, tests) or from a chunk of the compiled dist/ (docs/decisions/0021), at different depths.
 */
function serverPackageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('custos: cannot find the server package folder')
    dir = parent
  }
  return dir
}

const SERVER_DIR = serverPackageDir()

export const WEB_DIST = resolve(SERVER_DIR, '../web/dist')

/** Serves the built admin UI (web/dist) from the same origin as the API. */
export async function installStaticWeb(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true })
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
