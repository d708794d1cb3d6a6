import type pg from 'pg'
import { listenOnEmbeddedPool } from '../../db/channel-listener'
import { PUBLIC_PAGES_CHANNEL } from './change-listener'
import type { PublicPageCache } from './page-cache'

/**
 * On the embedded database (one session shared by the pool) the announcement of a change comes back on the
 * connection that committed it, so the cache is told before the writing request has even answered.
 */
export async function listenOnEmbeddedDatabase(pool: pg.Pool, cache: PublicPageCache): Promise<() => void> {
  const stop = await listenOnEmbeddedPool(pool, PUBLIC_PAGES_CHANNEL, (payload) => {
    if (payload) cache.changed(payload)
  })
  cache.setTrusted(true)
  return () => {
    stop()
    cache.setTrusted(false)
  }
}
