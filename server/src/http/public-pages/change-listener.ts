import type { Logger } from 'pino'
import { type ChannelListener, listenOnChannel } from '../../db/channel-listener'
import type { ConnectionSettings } from '../../db/database'
import type { PublicPageCache } from './page-cache'

export const PUBLIC_PAGES_CHANNEL = 'custos_public_pages'

export type ChangeListener = ChannelListener

/**
 * Keeps one PostgreSQL session LISTENing to the announcements of changed public pages (migration 0010) and tells
 * the cache. While the session is up the cache trusts what it holds; when it drops (restart, failover, network),
 * the cache goes back to checking every request until the session is listening again, so no announcement can be
 * missed unnoticed. Needs a session of its own: behind PgBouncer that means session mode (or CUSTOS_DB_LISTEN=false).
 */
export function listenForPublicPageChanges(
  connection: ConnectionSettings,
  cache: PublicPageCache,
  logger: Logger,
): ChangeListener {
  return listenOnChannel(
    connection,
    PUBLIC_PAGES_CHANNEL,
    'custos-public-pages',
    {
      onNotification: (payload) => {
        if (payload) cache.changed(payload)
      },
      onListening: (listening) => cache.setTrusted(listening),
    },
    logger,
  )
}
