import type pg from 'pg'
import { PUBLIC_PAGES_CHANNEL } from './change-listener'
import type { PublicPageCache } from './page-cache'

/**
 * The embedded database is one PostgreSQL session shared by every connection of the pool (PGlite): a LISTEN made
 * once holds for all of them, and the announcement of a change comes back on whichever connection runs the next
 * statement - usually the one that committed it. Every connection of the pool gets the handler, so the cache is
 * told before the writing request has even answered.
 */
export async function listenOnEmbeddedDatabase(pool: pg.Pool, cache: PublicPageCache): Promise<() => void> {
  const handled = new WeakSet<pg.PoolClient | pg.Client>()
  const onNotification = (message: pg.Notification) => {
    if (message.channel === PUBLIC_PAGES_CHANNEL && message.payload) cache.changed(message.payload)
  }
  const attach = (client: pg.PoolClient | pg.Client) => {
    if (handled.has(client)) return
    handled.add(client)
    client.on('notification', onNotification)
  }
  pool.on('connect', attach)
  const client = await pool.connect()
  try {
    attach(client)
    await client.query(`listen ${PUBLIC_PAGES_CHANNEL}`)
  } finally {
    client.release()
  }
  cache.setTrusted(true)
  return () => {
    pool.off('connect', attach)
    cache.setTrusted(false)
  }
}
