import type { AppContext } from '../../context'
import type { App } from '../types'
import { listenForPublicPageChanges } from './change-listener'
import { PublicPageCache } from './page-cache'

/**
 * The cache of rendered public pages of this web process. On PostgreSQL it listens for announced changes (unless
 * CUSTOS_DB_LISTEN=false); on the embedded database, and whenever it is not listening, it checks each request.
 */
export function installPublicPageCache(app: App, ctx: AppContext): PublicPageCache {
  const cache = new PublicPageCache(ctx.db)
  if (ctx.config.databaseListen && ctx.database.kind === 'postgres') {
    const listener = listenForPublicPageChanges(ctx.database.connection, cache, ctx.logger)
    app.addHook('onClose', () => listener.close())
  }
  return cache
}
