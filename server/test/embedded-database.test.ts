import { chmodSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createTestContext, type TestContext } from './support/context'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/** Unix socket paths and TCP ports this process listens on (Linux /proc). */
function listeningSockets(): { unix: string[]; tcpPorts: number[] } {
  const inodes = new Set<string>()
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))
      if (m?.[1]) inodes.add(m[1])
    } catch {}
  }
  const unix = readFileSync('/proc/net/unix', 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[6] !== undefined && inodes.has(cols[6]) && cols[7])
    .map((cols) => cols[7] as string)
  const tcpPorts = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // state 0A = LISTEN
      .filter((cols) => cols[3] === '0A' && cols[9] !== undefined && inodes.has(cols[9]))
      .map((cols) => Number.parseInt((cols[1] ?? ':0').split(':')[1] ?? '0', 16)),
  )
  return { unix, tcpPorts }
}

function modes(root: string): { path: string; mode: string }[] {
  return [root, ...readdirSync(root, { recursive: true }).map((p) => join(root, String(p)))].map((path) => ({
    path,
    mode: (statSync(path).mode & 0o777).toString(8),
  }))
}

describe.skipIf(onPostgres)('embedded database: private to the Custos process', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'custos-embedded-')), 'data')
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }))

  it('listens on no socket another process could connect to, and keeps its files 0700/0600', async () => {
    const before = listeningSockets()
    const database = await openDatabase({ dataDir })
    try {
      await migrateToLatest(database.db)
      const during = listeningSockets()
      expect(during.unix.filter((p) => !before.unix.includes(p))).toEqual([])
      expect(during.tcpPorts.filter((p) => !before.tcpPorts.includes(p))).toEqual([])
      expect(database.connection).not.toHaveProperty('host')
      expect(database.connection).not.toHaveProperty('port')
    } finally {
      await database.close()
    }
    // An existing installation with a world-readable data directory is tightened on the next start.
    chmodSync(dataDir, 0o755)
    chmodSync(join(dataDir, 'pgdata', 'PG_VERSION'), 0o644)
    const again = await openDatabase({ dataDir })
    try {
      const wrong = modes(dataDir).filter(
        ({ path, mode }) => mode !== (statSync(path).isDirectory() ? '700' : '600'),
      )
      expect(wrong).toEqual([])
      expect(modes(dataDir).length).toBeGreaterThan(10)
    } finally {
      await again.close()
    }
  })

  it('rolls back what a connection left open in a transaction when it goes away', async () => {
    const database = await openDatabase({})
    try {
      await sql`create table t (v int)`.execute(database.db)
      const client = new pg.Client({ ...database.connection })
      client.on('error', () => {})
      await client.connect()
      await client.query('begin')
      await client.query('insert into t values (1)')
      client.connection.stream.destroy()
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from t`.execute(database.db)
      expect(rows[0]?.n).toBe(0)
    } finally {
      await database.close()
    }
  })
})

describe('/readyz runs a query against the schema', () => {
  let t: TestContext
  let app: App
  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('answers 503 while the schema cannot be reached through the session, ready again after', async () => {
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' })
    await sql`alter table organizations rename to organizations_moved`.execute(t.ctx.db)
    const broken = await app.inject({ method: 'GET', url: '/readyz' })
    expect({ status: broken.statusCode, body: broken.json() }).toEqual({
      status: 503,
      body: { status: 'unavailable' },
    })
    await sql`alter table organizations_moved rename to organizations`.execute(t.ctx.db)
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
  })

  it.skipIf(onPostgres)('is not ready when the session search path no longer finds the schema', async () => {
    // What a foreign client could do through the former shared socket; now only Custos itself can.
    await sql`set search_path to pg_catalog`.execute(t.ctx.db)
    try {
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503)
    } finally {
      await sql`set search_path to "$user", public`.execute(t.ctx.db)
    }
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
  })
})
