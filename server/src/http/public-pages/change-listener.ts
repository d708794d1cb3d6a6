import pg from 'pg'
import type { Logger } from 'pino'
import type { ConnectionSettings } from '../../db/database'
import type { PublicPageCache } from './page-cache'

export const PUBLIC_PAGES_CHANNEL = 'custos_public_pages'
const RETRY_MS = { first: 500, max: 30_000 }

export interface ChangeListener {
  close(): Promise<void>
}

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
  let client: pg.Client | undefined
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let delay = RETRY_MS.first

  const connect = async () => {
    if (closed) return
    const session = new pg.Client({ ...connection, application_name: 'custos-public-pages' })
    client = session
    const lost = (err?: Error) => {
      if (client !== session) return
      client = undefined
      cache.setTrusted(false)
      session.end().catch(() => {})
      if (closed) return
      logger.warn(
        { err },
        'public page announcements lost; checking the revision on every request until back',
      )
      retry = setTimeout(() => void connect(), delay)
      delay = Math.min(delay * 2, RETRY_MS.max)
    }
    session.on('error', lost)
    session.on('end', () => lost())
    session.on('notification', (message) => {
      if (message.channel === PUBLIC_PAGES_CHANNEL && message.payload) cache.changed(message.payload)
    })
    try {
      await session.connect()
      await session.query(`listen ${PUBLIC_PAGES_CHANNEL}`)
      if (client !== session) return
      delay = RETRY_MS.first
      cache.setTrusted(true)
    } catch (err) {
      lost(err instanceof Error ? err : new Error(String(err)))
    }
  }
  void connect()

  return {
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      const session = client
      client = undefined
      cache.setTrusted(false)
      await session?.end().catch(() => {})
    },
  }
}
