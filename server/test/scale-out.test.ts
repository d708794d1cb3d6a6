import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { scopesOf } from '../src/auth/policy'
import { loadConfig } from '../src/config'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { createApiToken } from '../src/modules/api-tokens/service'
import { importRegister } from '../src/modules/register/import'
import { openRuntime } from '../src/runtime'
import { createEmptyPostgresDatabase } from './support/database'
import { createMember, createOrg } from './support/factories'
import {
  freePort,
  type Nginx,
  type Started,
  startCustos,
  startNginx,
  waitUntilReady,
} from './support/processes'
import { sampleRegister } from './support/register'
import { waitFor } from './support/wait'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/**
 * Issue 22: nginx in front of two web processes, two workers and two schedulers - all real `custos start`
 * processes on one fresh PostgreSQL database, started at once (the migrations run once, the others wait).
 * Bounded load goes through nginx while one web process and one worker are killed with SIGKILL; afterwards every
 * acknowledged write is there, the every-minute job ran once per minute, the sign-in limit held across both web
 * processes, and a notice published through one web process is served fresh by the other.
 */
describe.runIf(onPostgres)('scale-out: nginx, 2 web, 2 workers, 2 schedulers on one PostgreSQL', () => {
  let store: { url: string; drop(): Promise<void> }
  let dir: string
  let nginx: Nginx | undefined
  const processes: Started[] = []
  const webPorts: number[] = []
  let env: NodeJS.ProcessEnv
  let slug = ''
  let token = ''
  let db: pg.Client

  beforeAll(async () => {
    store = await createEmptyPostgresDatabase()
    dir = mkdtempSync(join(tmpdir(), 'custos-scale-'))
    webPorts.push(await freePort(), await freePort())
    const proxyPort = await freePort()
    env = {
      ...process.env,
      DATABASE_URL: store.url,
      CUSTOS_SECRET_KEY: randomBytes(32).toString('base64'),
      CUSTOS_PUBLIC_URL: `http://127.0.0.1:${proxyPort}`,
      CUSTOS_TRUST_PROXY: 'true',
      CUSTOS_DEMO: 'false',
      CUSTOS_LOG_LEVEL: 'warn',
      CUSTOS_DATA_DIR: dir,
      CUSTOS_DB_POOL_SIZE: '4',
    }
    // All five start together on an empty database: one migrates, the others wait for it (advisory lock).
    processes.push(
      startCustos('web-1', 'web', env, webPorts[0]),
      startCustos('web-2', 'web', env, webPorts[1]),
      startCustos('worker-1', 'worker', env),
      startCustos('worker-2', 'worker', env),
      startCustos('scheduler-1', 'scheduler', env),
      startCustos('scheduler-2', 'scheduler', env),
    )
    for (const [i, port] of webPorts.entries())
      await waitUntilReady(processes[i] as Started, `http://127.0.0.1:${port}/readyz`)
    nginx = await startNginx(webPorts)

    const runtime = await openRuntime(loadConfig(env, {}))
    try {
      const ctx = runtime.ctx
      const org = await createOrg(ctx, 'Schaal BV')
      slug = org.slug
      await importRegister(
        ctx,
        systemActor('test'),
        org,
        registerDocumentSchema.parse(sampleRegister('Schaal BV')),
        {
          mode: 'merge',
          dryRun: false,
        },
      )
      const owner = await createMember(ctx, org, 'owner')
      const user = await ctx.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', owner.email)
        .executeTakeFirstOrThrow()
      token = (
        await createApiToken(
          ctx,
          { type: 'user', id: user.id, label: owner.email, requestId: null },
          org,
          'owner',
          {
            name: 'scale-out test',
            scopes: [...scopesOf('owner')],
          },
        )
      ).secret
    } finally {
      await runtime.close()
    }
    db = new pg.Client({ connectionString: store.url })
    await db.connect()
  }, 180_000)

  afterAll(async () => {
    await db?.end()
    await nginx?.stop()
    for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL')
    await Promise.all(processes.map((p) => p.exited))
    await store?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const proxy = (path: string) => `http://127.0.0.1:${nginx?.port}${path}`
  const api = (method: string, path: string, body?: unknown) =>
    fetch(proxy(path), {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })

  it('holds together under load while a web process and a worker are killed', async () => {
    // Migrations ran once: each is recorded once, and every process came up on the same schema.
    const migrations = await db.query('select name, count(*)::int as n from custos_migrations group by name')
    expect(migrations.rows.every((r) => r.n === 1)).toBe(true)

    const published = await api('POST', `/api/v1/orgs/${slug}/notice/versions`, { material: false })
    expect(published.status, await published.clone().text()).toBe(201)

    // The sign-in limit (10 a minute per client address) holds across both web processes behind the proxy.
    const logins: { status: number; upstream: string | null }[] = []
    for (let i = 0; i < 12; i++) {
      const res = await fetch(proxy('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `nobody${i}@example.be`, password: 'wrong password' }),
      })
      logins.push({ status: res.status, upstream: res.headers.get('x-upstream') })
    }
    expect(logins.map((l) => l.status)).toEqual([...Array(10).fill(401), 429, 429])
    expect(new Set(logins.map((l) => l.upstream)).size).toBe(2)

    // Load: portal pages and staff writes through nginx; one web process and one worker die on the way. The load
    // runs until the every-minute job has been done (pg-boss plants and fires it when the schedulers start).
    const acknowledged: string[] = []
    const upstreams = new Set<string>()
    let pageErrors = 0
    let stop = false
    const staff = async () => {
      for (let i = 0; !stop; i++) {
        const res = await api('POST', `/api/v1/orgs/${slug}/requests`, {
          channel: 'email',
          receivedAt: new Date().toISOString().slice(0, 10),
          subject: {
            name: `Persoon ${i}`,
            email: `persoon${i}-${randomBytes(3).toString('hex')}@example.be`,
          },
          types: ['access'],
          language: 'nl',
        }).catch(() => undefined)
        if (res?.status === 201) acknowledged.push(((await res.json()) as { id: string }).id)
        const list = await api('GET', `/api/v1/orgs/${slug}/requests?limit=5`).catch(() => undefined)
        // After a failed attempt nginx names both: "127.0.0.1:A, 127.0.0.1:B".
        for (const upstream of list?.headers.get('x-upstream')?.split(', ') ?? []) upstreams.add(upstream)
      }
    }
    const visitor = async () => {
      while (!stop) {
        for (const path of [`/p/${slug}/privacy`, `/p/${slug}/request`, `/p/${slug}/privacy.json`]) {
          const res = await fetch(proxy(path)).catch(() => undefined)
          if (res?.status !== 200) pageErrors++
          await res?.arrayBuffer()
        }
      }
    }
    const load = [staff(), staff(), visitor(), visitor()]
    await waitFor(async () => acknowledged.length >= 10, 30_000)
    const killedWeb = processes[0] as Started
    const killedWorker = processes[2] as Started
    killedWeb.child.kill('SIGKILL')
    killedWorker.child.kill('SIGKILL')
    const writesBeforeKill = acknowledged.length
    await waitFor(async () => acknowledged.length >= writesBeforeKill + 20, 60_000)
    await waitFor(
      async () =>
        (
          await db.query(
            "select 1 from pgboss.job where name = 'connectors.resume-stale' and state = 'completed'",
          )
        ).rowCount !== 0,
      90_000,
    )
    stop = true
    await Promise.all(load)

    // Both web processes served the load, and the survivor took over: portal pages never failed through nginx.
    expect(upstreams.size).toBe(2)
    expect(pageErrors).toBe(0)
    // Every write the API acknowledged is in the database, once.
    const stored = await db.query('select id from requests where id = any($1::uuid[])', [acknowledged])
    expect(stored.rowCount).toBe(acknowledged.length)
    expect(new Set(acknowledged).size).toBe(acknowledged.length)

    // The every-minute job was created once per minute, although two schedulers were alive, and ran once.
    const perMinute = await db.query(`
      select date_trunc('minute', created_on) as minute, count(*)::int as n, count(*) filter (where state = 'completed')::int as done
        from pgboss.job where name = 'connectors.resume-stale' group by 1 order by 1`)
    expect(perMinute.rows.length).toBeGreaterThan(0)
    for (const row of perMinute.rows) expect(row.n, JSON.stringify(perMinute.rows)).toBe(1)

    // A notice published through the surviving web process is served fresh, through nginx, at once.
    const survivor = `http://127.0.0.1:${webPorts[1]}`
    const next = await fetch(`${survivor}/api/v1/orgs/${slug}/notice/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ material: false, changeSummary: 'second' }),
    })
    expect(next.status).toBe(201)
    const version = ((await next.json()) as { version: number }).version
    await waitFor(
      async () =>
        ((await (await fetch(proxy(`/p/${slug}/privacy.json?lang=nl`))).json()) as { version: number })
          .version === version,
      10_000,
    )

    // The processes still alive stop cleanly on SIGTERM (they finish or release their work, then exit 0).
    for (const p of processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null)) {
      p.child.kill('SIGTERM')
      expect(await p.exited, `${p.name}: ${p.errors()}`).toEqual({ code: 0, signal: null })
    }
    expect(await killedWeb.exited).toEqual({ code: null, signal: 'SIGKILL' })
  }, 240_000)
})
