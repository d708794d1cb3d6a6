import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { startEmbeddedPostgres } from './embedded'
import { LATEST_MIGRATION } from './migrate'
import type { DB } from './schema'

// timestamptz and date come back as Date/ISO strings the way the domain expects them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10))
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)

export type ConnectionSettings = pg.PoolConfig

export interface Database {
  db: Kysely<DB>
  /** The connection pool behind `db`; on the embedded database the job queue shares it (see openDatabase). */
  pool: pg.Pool
  /** How pg-boss (or another pool) reaches the same database. */
  connection: ConnectionSettings
  kind: 'embedded' | 'postgres'
  close(): Promise<void>
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined
  /** Embedded data directory; undefined with no databaseUrl gives an in-memory database. */
  dataDir?: string | undefined
  poolSize?: number
}

/** Opens the application database: PostgreSQL when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const connection: ConnectionSettings = { connectionString: options.databaseUrl }
    const pool = createPool(connection, options.poolSize)
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
    return { db, pool, connection, kind: 'postgres', close: () => db.destroy() }
  }
  const embedded = await startEmbeddedPostgres(options.dataDir)
  const connection: ConnectionSettings = { ...embedded.connection }
  // One connection only (docs/decisions/0007): PGlite is one session that runs one query at a time; the pool
  // queues the rest. Never await `ctx.db` or the job queue inside a transaction callback: with one connection
  // that waits forever.
  const pool = createPool(connection, 1)
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    pool,
    connection,
    kind: 'embedded',
    async close() {
      await db.destroy()
      await embedded.close()
    },
  }
}

/** An idle connection closed by the server (restart, admin termination) must not crash the process. */
function createPool(connection: ConnectionSettings, max = 10): pg.Pool {
  const pool = new pg.Pool({ ...connection, max })
  pool.on('error', () => {})
  // A connection terminated while the pool is closing it reports on the client, after the pool let go of it.
  pool.on('connect', (client) => client.on('error', () => {}))
  return pool
}

/**
 * Ready means the application's own queries can work: the schema is found through the session's search path
 * (as every query finds it) and carries the latest migration. Resolves to why not, or null when ready.
 */
export async function databaseUnreadiness(db: Kysely<DB>): Promise<string | null> {
  try {
    const { rows } = await sql<{ latest: string | null }>`
      select (select max(name) from custos_migrations) as latest,
             exists (select 1 from organizations) as has_organizations`.execute(db)
    const latest = rows[0]?.latest ?? null
    return latest === LATEST_MIGRATION
      ? null
      : `schema at migration ${latest ?? 'none'}, expected ${LATEST_MIGRATION}`
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
