import type { Database } from './database'

/** The key of the advisory lock under which processes set up shared objects at start (job queues, schedules). */
const STARTUP_LOCK = 7_301_022

/**
 * Runs `setUp` while holding a PostgreSQL advisory lock, so processes starting together (N web, M workers, a
 * scheduler after an upgrade) do it one after the other: pg-boss's create_queue run concurrently by several
 * processes deadlocks. The lock is held by one pooled session for the duration and released even on failure.
 * The embedded database has one process and one connection (which `setUp` needs), so it runs `setUp` directly.
 */
export async function withStartupLock<T>(database: Database, setUp: () => Promise<T>): Promise<T> {
  if (database.kind === 'embedded') return setUp()
  const session = await database.pool.connect()
  try {
    await session.query('select pg_advisory_lock($1)', [STARTUP_LOCK])
    try {
      return await setUp()
    } finally {
      await session.query('select pg_advisory_unlock($1)', [STARTUP_LOCK])
    }
  } finally {
    session.release()
  }
}
