import pg from 'pg'
import type { Logger } from 'pino'
import type { ConnectionSettings } from './database'

const RETRY_MS = { first: 500, max: 30_000 }

/**
 * A listening session is idle by nature, and a network path that drops idle connections (a NAT gateway, a load
 * balancer, conntrack) can leave it waiting for ever without an error: it would look alive while hearing nothing.
 * So the session asks the server a trivial question every `everyMs` and counts itself lost when no answer comes
 * within `timeoutMs` (review V14), besides TCP keep-alive on its socket.
 */
export interface Heartbeat {
  everyMs: number
  timeoutMs: number
}
const HEARTBEAT: Heartbeat = { everyMs: 15_000, timeoutMs: 10_000 }

export interface ChannelHandlers {
  /** An announcement on the channel (NOTIFY), delivered after the announcing transaction committed. */
  onNotification(payload: string): void
  /** The session is listening (true) or was lost (false): what was announced meanwhile may have been missed. */
  onListening?(listening: boolean): void
}

export interface ChannelListener {
  close(): Promise<void>
}

/**
 * Keeps one PostgreSQL session LISTENing to `channel`, reconnecting with backoff when it drops (restart, failover,
 * network) and saying so through `onListening`. Needs a session of its own: behind PgBouncer that means session
 * mode (or CUSTOS_DB_LISTEN=false, and the callers fall back to what they do without announcements).
 */
export function listenOnChannel(
  connection: ConnectionSettings,
  channel: string,
  applicationName: string,
  handlers: ChannelHandlers,
  logger: Logger,
  heartbeat: Heartbeat = HEARTBEAT,
): ChannelListener {
  let client: pg.Client | undefined
  let closed = false
  let retry: NodeJS.Timeout | undefined
  let beat: NodeJS.Timeout | undefined
  let delay = RETRY_MS.first

  const connect = async () => {
    if (closed) return
    const session = new pg.Client({ ...connection, application_name: applicationName, keepAlive: true })
    client = session
    const lost = (err?: Error) => {
      if (client !== session) return
      client = undefined
      if (beat) clearInterval(beat)
      beat = undefined
      handlers.onListening?.(false)
      session.end().catch(() => {})
      if (closed) return
      logger.warn({ err, channel }, 'database announcements lost; listening again shortly')
      retry = setTimeout(() => void connect(), delay)
      delay = Math.min(delay * 2, RETRY_MS.max)
    }
    session.on('error', lost)
    session.on('end', () => lost())
    session.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload ?? '')
    })
    try {
      await session.connect()
      await session.query(`listen ${channel}`)
      if (client !== session) return
      delay = RETRY_MS.first
      beat = setInterval(() => void answers(session, heartbeat.timeoutMs).catch(lost), heartbeat.everyMs)
      handlers.onListening?.(true)
    } catch (err) {
      lost(err instanceof Error ? err : new Error(String(err)))
    }
  }
  void connect()

  return {
    async close() {
      closed = true
      if (retry) clearTimeout(retry)
      if (beat) clearInterval(beat)
      const session = client
      client = undefined
      handlers.onListening?.(false)
      await session?.end().catch(() => {})
    },
  }
}

/** Resolves when the session answers a trivial query, rejects when it fails or does not answer in time. */
async function answers(session: pg.Client, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer to the heartbeat within ${timeoutMs} ms`)),
      timeoutMs,
    )
  })
  try {
    await Promise.race([session.query('select 1'), silent])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The embedded database is one PostgreSQL session shared by every connection of the pool (PGlite): a LISTEN made
 * once holds for all of them, and the announcement of a change comes back on whichever connection runs the next
 * statement - usually the one that committed it. Every connection of the pool gets the handler. Returns the way to
 * stop handling.
 */
export async function listenOnEmbeddedPool(
  pool: pg.Pool,
  channel: string,
  onNotification: (payload: string) => void,
): Promise<() => void> {
  const handled = new WeakSet<pg.PoolClient | pg.Client>()
  let stopped = false
  const handler = (message: pg.Notification) => {
    if (!stopped && message.channel === channel) onNotification(message.payload ?? '')
  }
  const attach = (client: pg.PoolClient | pg.Client) => {
    if (handled.has(client)) return
    handled.add(client)
    client.on('notification', handler)
  }
  pool.on('connect', attach)
  const client = await pool.connect()
  try {
    attach(client)
    await client.query(`listen ${channel}`)
  } finally {
    client.release()
  }
  return () => {
    stopped = true
    pool.off('connect', attach)
  }
}
