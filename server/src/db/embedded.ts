import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock'

export interface EmbeddedPostgres {
  /** Connection settings for the `pg` driver: a Unix socket in a private (0700) temporary directory. */
  connection: { host: string; port: number; user: string; database: string }
  close(): Promise<void>
}

const SOCKET_PORT = 5432

/**
 * Runs PGlite (real Postgres compiled to WASM) in this process and serves it on a private Unix socket
 * through pglite-socket's multiplexer, so that Kysely and pg-boss use the ordinary `pg` driver on both the
 * embedded database and PostgreSQL (see docs/decisions/0001-embedded-database-through-pglite-socket.md).
 * `dataDir` undefined means an in-memory database (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | undefined): Promise<EmbeddedPostgres> {
  let lock: DataDirLock | undefined
  let pgdata: string | undefined
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true })
    lock = acquireDataDirLock(dataDir)
    pgdata = join(dataDir, 'pgdata')
  }
  const socketDir = mkdtempSync(join(tmpdir(), 'custos-pg-'))
  try {
    const db = await PGlite.create(pgdata ? { dataDir: pgdata } : {})
    const server = new PGLiteSocketServer({
      db,
      path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
      maxConnections: 64,
    })
    await server.start()
    return {
      connection: { host: socketDir, port: SOCKET_PORT, user: 'postgres', database: 'postgres' },
      async close() {
        await server.stop()
        await db.close()
        rmSync(socketDir, { recursive: true, force: true })
        lock?.release()
      },
    }
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true })
    lock?.release()
    throw error
  }
}
