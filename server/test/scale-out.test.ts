import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { scopesOf } from '../src/auth/policy'
import { loadConfig } from '../src/config'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { createApiToken } from '../src/modules/api-tokens/service'
import { saveConnection, saveDatasetSource } from '../src/modules/datasets/service'
import { importRegister } from '../src/modules/register/import'
import { createStaffRequest } from '../src/modules/requests/intake'
import { openRuntime } from '../src/runtime'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
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

const ERASED_EMAIL = 'daan_peeters@apple.be'

/**
 * Issue 22: nginx in front of two web processes, two workers and two schedulers - all real `custos start`
 * processes on one fresh PostgreSQL database, started at once (the migrations run once, the others wait).
 * Bounded load (staff writes, portal pages, consent events) goes through nginx while one web process and the worker
 * in the middle of a connector erasure are killed with SIGKILL; afterwards every acknowledged write is there, the
 * consent chain is intact, the erasure was finished once by the other worker, the every-minute job ran once per
 * minute, the sign-in limit held across both web processes, and a notice published through one web process is served
 * fresh by the other.
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
  let chinook: ChinookDatabase
  let chinookSlug = ''
  let chinookToken = ''
  let erasureRequestId = ''

  /** An owner's API token for the organisation (every scope an owner has). */
  async function ownerToken(
    ctx: Parameters<typeof createMember>[0],
    org: Parameters<typeof createMember>[1],
  ) {
    const owner = await createMember(ctx, org, 'owner')
    const user = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', owner.email)
      .executeTakeFirstOrThrow()
    const actor = { type: 'user' as const, id: user.id, label: owner.email, requestId: null }
    return (
      await createApiToken(ctx, actor, org, 'owner', {
        name: 'scale-out test',
        scopes: [...scopesOf('owner')],
      })
    ).secret
  }

  beforeAll(async () => {
    store = await createEmptyPostgresDatabase()
    chinook = await loadChinookPostgres()
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
      // A connector run whose worker died is taken over a minute after its last heartbeat (default 15).
      CUSTOS_CONNECTOR_STALE_MINUTES: '1',
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
        registerDocumentSchema.parse({
          ...sampleRegister('Schaal BV'),
          activities: [
            ...(sampleRegister('Schaal BV').activities ?? []),
            {
              key: 'newsletter',
              name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
              purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
              subjectCategories: ['clients'],
              dataCategories: [{ category: 'identification', source: 'subject' }],
              systems: ['cloudbooks-app'],
              retention: [{ rule: 'accounting-7y' }],
              measures: ['mfa'],
              status: 'active',
            },
          ],
        }),
        { mode: 'merge', dryRun: false },
      )
      token = await ownerToken(ctx, org)

      // A second organisation whose customer database (chinook on PostgreSQL) a connector erasure will run on.
      const actor = systemActor('test')
      const shop = await createOrg(ctx, 'Chinook Muziek BV')
      chinookSlug = shop.slug
      await importRegister(ctx, actor, shop, chinookRegister(), { mode: 'merge', dryRun: false })
      const source = readFileSync(
        new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
        'utf8',
      )
      const saved = await saveDatasetSource(ctx, actor, shop, source)
      await saveConnection(ctx, actor, shop, saved.dataset.key, {
        options: chinook.settings.options as Record<string, string | number>,
        ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
      })
      erasureRequestId = await createStaffRequest(ctx, actor, shop, {
        channel: 'email',
        receivedAt: new Date().toISOString().slice(0, 10),
        subject: { name: 'Daan Peeters', email: ERASED_EMAIL },
        types: ['erasure'],
        language: 'nl',
      } as Parameters<typeof createStaffRequest>[3])
      chinookToken = await ownerToken(ctx, shop)
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
    await chinook?.drop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const proxy = (path: string) => `http://127.0.0.1:${nginx?.port}${path}`
  const api = (method: string, path: string, body?: unknown, bearer = token) =>
    fetch(proxy(path), {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })

  it('holds together under load while a web process and the worker of a connector run are killed', async () => {
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
    const consented: number[] = []
    const consenter = async () => {
      for (let i = 0; !stop; i++) {
        const res = await api('POST', `/api/v1/orgs/${slug}/consent/events`, {
          identity: { kind: 'email', value: `lezer${i}-${randomBytes(3).toString('hex')}@example.be` },
          purpose: 'direct_marketing',
          state: 'given',
          text: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
          language: 'nl',
          channel: 'web_form',
          method: 'accept',
        }).catch(() => undefined)
        if (res?.status === 201) consented.push(((await res.json()) as { seq: number }).seq)
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
    const load = [staff(), staff(), consenter(), visitor(), visitor()]
    await waitFor(async () => acknowledged.length >= 10 && consented.length >= 10, 30_000)

    // A connector erasure starts through the API; a lock on the customer's row holds the worker that took it inside
    // its erasure transaction. The connection names its process ("custos (pid N)"), so the test kills that worker.
    const customersBefore = await chinook.query('select * from customer order by customer_id')
    const target = customersBefore.find((c: { email: string }) => c.email === ERASED_EMAIL)
    const blocker = new pg.Client({ connectionString: chinook.url })
    await blocker.connect()
    await blocker.query('begin')
    await blocker.query('select * from customer where customer_id = $1 for update', [target.customer_id])
    const started = await api(
      'POST',
      `/api/v1/orgs/${chinookSlug}/requests/${erasureRequestId}/runs`,
      { action: 'erasure' },
      chinookToken,
    )
    expect(started.status, await started.clone().text()).toBe(202)
    const runId = ((await started.json()) as { id: string }).id
    let holder: Started | undefined
    await waitFor(async () => {
      const waiting = await chinook.query(
        "select application_name from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      )
      const pid = Number(/pid (\d+)/.exec(waiting[0]?.application_name ?? '')?.[1])
      holder = processes.find((p) => p.name.startsWith('worker') && p.child.pid === pid)
      return holder !== undefined
    }, 60_000)
    const killedWeb = processes[0] as Started
    const killedWorker = holder as Started
    killedWeb.child.kill('SIGKILL')
    killedWorker.child.kill('SIGKILL')
    expect(await killedWorker.exited).toEqual({ code: null, signal: 'SIGKILL' })
    await blocker.query('rollback')
    await blocker.end()
    // Nothing was written: the erasure transaction died with the worker.
    expect(await chinook.query('select * from customer order by customer_id')).toEqual(customersBefore)

    const writesBeforeKill = acknowledged.length
    const consentBeforeKill = consented.length
    await waitFor(
      async () => acknowledged.length >= writesBeforeKill + 20 && consented.length >= consentBeforeKill + 20,
      60_000,
    )
    // The surviving worker takes the run over once its lease has run out (a minute after the last heartbeat).
    type RunView = {
      status: string
      steps: { result: { changes: { collection: string; updated?: number }[] } | null }[]
    }
    let run: RunView | undefined
    await waitFor(async () => {
      const res = await api('GET', `/api/v1/orgs/${chinookSlug}/runs/${runId}`, undefined, chinookToken)
      run = res.status === 200 ? ((await res.json()) as RunView) : undefined
      return run?.status === 'completed' || run?.status === 'failed'
    }, 180_000)
    stop = true
    await Promise.all(load)

    // Both web processes served the load, and the survivor took over: portal pages never failed through nginx.
    expect(upstreams.size).toBe(2)
    expect(pageErrors).toBe(0)
    // Every write the API acknowledged is in the database, once.
    const stored = await db.query('select id from requests where id = any($1::uuid[])', [acknowledged])
    expect(stored.rowCount).toBe(acknowledged.length)
    expect(new Set(acknowledged).size).toBe(acknowledged.length)
    // Every consent event the API acknowledged is in the chain, once, and the chain verifies.
    const chain = await api('GET', `/api/v1/orgs/${slug}/consent/chain`)
    const verified = (await chain.json()) as { ok: boolean; checked: number }
    expect(verified.ok).toBe(true)
    expect(new Set(consented).size).toBe(consented.length)
    expect(verified.checked).toBeGreaterThanOrEqual(consented.length)

    // The interrupted erasure was finished by the other worker, once: the customer erased, nobody else touched.
    expect(run?.status).toBe('completed')
    const customer = run?.steps[0]?.result?.changes.find((c) => c.collection === 'customer')
    expect(customer?.updated).toBe(1)
    const customersAfter = await chinook.query('select * from customer order by customer_id')
    const erased = customersAfter.find((c: { customer_id: number }) => c.customer_id === target.customer_id)
    expect(erased.email).not.toBe(ERASED_EMAIL)
    expect(erased.first_name).toBe('erased')
    const others = (rows: { customer_id: number }[]) =>
      rows.filter((c) => c.customer_id !== target.customer_id)
    expect(others(customersAfter)).toEqual(others(customersBefore))

    // The every-minute job was planted once per minute slot, although two schedulers were alive: pg-boss's cron
    // inserts one send-it job per slot (unique on name, slot and key), which a worker turns into the job. The jobs'
    // own creation minute is no measure: under load a slot's job is created a moment late, in the next minute.
    const perSlot = await db.query(`
      select singleton_on as slot, count(*)::int as n from pgboss.job
       where name = '__pgboss__send-it' and singleton_key = 'connectors.resume-stale' group by 1 order by 1`)
    expect(perSlot.rows.length).toBeGreaterThan(0)
    for (const row of perSlot.rows) expect(row.n, JSON.stringify(perSlot.rows)).toBe(1)
    // ... and no slot made more than one job.
    const jobs = await db.query(
      `select count(*)::int as n from pgboss.job where name = 'connectors.resume-stale'`,
    )
    expect(jobs.rows[0].n).toBeGreaterThan(0)
    expect(jobs.rows[0].n).toBeLessThanOrEqual(perSlot.rows.length)

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
  }, 360_000)
})
