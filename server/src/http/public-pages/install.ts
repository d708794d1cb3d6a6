import type { AppContext } from '../../context'
import type { App } from '../types'
import { listenForPublicPageChanges } from './change-listener'
import { listenOnEmbeddedDatabase } from './embedded-listener'
import { PublicPageCache } from './page-cache'

/**
 * The cache of rendered public pages of this web process. It listens for announced changes: on PostgreSQL on a
 * session of its own (unless CUSTOS_DB_LISTEN=false), on the embedded database on its one shared session; whenever
 * it is not listening, it checks the revision on each request.
 */
export async function installPublicPageCache(
  app: App,
  ctx: AppContext,
  listen: boolean,
  /** The current slug of the organisation that had this slug before, or null (the organizations module answers). */
  currentSlugOf: (slug: string) => Promise<string | null>,
): Promise<PublicPageCache> {
  const cache = new PublicPageCache(ctx.db)
  // An old public address (/p/{old}/..., /c/{old}.js, /c/{old}/ui.js) answers a permanent redirect to the
  // organisation's current slug, query string kept. The answer is kept while announcements are trusted, so a
  // public page or the cookie banner costs no query here.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const match = /^\/(p|c)\/([a-z0-9][a-z0-9-]{1,62})(\.js|\/.*)?$/.exec(request.url.split('?')[0] ?? '')
    if (!match) return
    const current = await cache.redirectOf(match[2] ?? '', currentSlugOf)
    if (!current) return
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
    return reply.redirect(`/${match[1]}/${current}${match[3] ?? ''}${query}`, 308)
  })
  // Read your own writes: an announcement arrives a moment after the commit, a staff write's next read may not wait.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.url.startsWith('/api/')) {
      const slug = (request.params as { slug?: unknown } | undefined)?.slug
      if (typeof slug === 'string') cache.forget(slug)
    }
    return payload
  })
  if (!listen) return cache
  if (ctx.database.kind === 'embedded') {
    const stop = await listenOnEmbeddedDatabase(ctx.database.pool, cache)
    app.addHook('onClose', async () => stop())
  } else if (ctx.config.databaseListen) {
    const listener = listenForPublicPageChanges(ctx.database.connection, cache, ctx.logger)
    app.addHook('onClose', () => listener.close())
  }
  return cache
}
