import pg from 'pg'
import type { ConnectionSettings } from './database'

/** A session advisory lock this process holds; `release` ends the session that holds it. */
export interface HeldLock {
  release(): Promise<void>
}

/**
 * Takes the PostgreSQL session advisory lock `(hashtext(scope), hashtext(key))` without waiting, on a connection
 * of its own opened for the purpose (not one of the pool's: the work done under the lock needs the pool, and a
 * small pool would wait on itself). Resolves to the held lock, or null at once when another session holds it.
 * Every process on the database sees the lock; a process that dies loses its connection and with it the lock, so
 * nothing is left behind to expire. The lock lasts as long as that connection: a connection lost while working
 * gives the lock up. Behind PgBouncer this needs session mode (as the startup lock and LISTEN do).
 * Two keys whose hashtext collides share a lock: at worst a refusal to wait, never two holders of one key.
 */
export async function tryAdvisoryLock(
  connection: ConnectionSettings,
  scope: string,
  key: string,
): Promise<HeldLock | null> {
  const session = new pg.Client({ ...connection, application_name: `custos lock ${scope}` })
  // A connection lost later must not crash the process; the server has freed the lock with it.
  session.on('error', () => {})
  const end = () => session.end().catch(() => {})
  try {
    await session.connect()
    const { rows } = await session.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtext($1), hashtext($2)) as locked',
      [scope, key],
    )
    if (rows[0]?.locked === true) return { release: end }
  } catch (error) {
    await end()
    throw error
  }
  await end()
  return null
}
