import { PGlite } from '@electric-sql/pglite'
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock'
import { PGliteWire } from './pglite-wire'
import { makePrivate, makePrivateTree } from './private-files'

export interface EmbeddedPostgres {
  /**
   * Settings for the `pg` driver: every connection is an in-process stream into PGlite, there is no socket
   * or port another process could connect to.
   */
  connection: { stream: () => PGliteWire; user: string; database: string }
  close(): Promise<void>
}

/**
 * PGlite's own settings plus a small buffer cache (docs/decisions/0021). Postgres's default of 128 MB of shared
 * buffers would sit in the process's WebAssembly memory (about 120 MB of resident memory once touched); the data
 * files are read through the operating system's file cache anyway, which other processes can reclaim.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']

/**
 * Runs PGlite (real Postgres compiled to WASM) in this process, reached by the ordinary `pg` driver through an
 * in-process stream (see docs/decisions/0001 and 0010), so Kysely and pg-boss use one code path on both the
 * embedded database and PostgreSQL. The data directory and everything in it is private to the owner
 * (0700 / 0600). `dataDir` undefined means an in-memory database (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | undefined): Promise<EmbeddedPostgres> {
  let lock: DataDirLock | undefined
  let pgdata: string | undefined
  if (dataDir) {
    makePrivate(dataDir)
    lock = acquireDataDirLock(dataDir)
    pgdata = `${dataDir}/pgdata`
  }
  try {
    const db = await PGlite.create({ ...(pgdata ? { dataDir: pgdata } : {}), startParams: START_PARAMS })
    if (pgdata) makePrivateTree(pgdata)
    return {
      connection: { stream: () => new PGliteWire(db), user: 'postgres', database: 'postgres' },
      async close() {
        await db.close()
        if (pgdata) makePrivateTree(pgdata)
        lock?.release()
      },
    }
  } catch (error) {
    lock?.release()
    throw error
  }
}
