import { Writable } from 'node:stream'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../src/domain/register/catalogue'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import {
  retentionSweepJob,
  retentionSweepNowJob,
  runRetention,
  withOrganizationSweepLock,
} from '../src/modules/retention'
import { runSweepRequest, SWEEP_NOT_TAKEN_MS, SWEEP_SILENT_MS } from '../src/modules/retention/sweep-requests'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Review M3 and m20: one sweep of an organisation at a time, across processes; "run now" is a queued job. While a sweep holds the organisation (the
 * nightly job in a worker process, "run now" in another web process), "run now" answers 409
 * `retention_sweep_running` and the nightly job skips the organisation; the open run the other sweep is working on
 * stays as it is. On PostgreSQL the lock is held from a second connection, as another process holds it.
 */
const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'
const TODAY = '2032-06-30'

let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  org = await createOrg(t.ctx, 'Sluitstuk BV')
  const register = chinookRegister()
  const entry = RETENTION_PERIOD_BY_KEY.get('request_records')
  await importRegister(
    t.ctx,
    systemActor('test'),
    org,
    registerDocumentSchema.parse({
      ...register,
      retentionRules: [
        ...(register.retentionRules ?? []),
        toRetentionRule(entry as NonNullable<typeof entry>),
      ],
    }),
    { mode: 'merge', dryRun: false },
  )
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  po = asUser(app, await signIn(app, officer.email, officer.password))
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
})

const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`

/** The run as stored, with its batches: what a second sweep must not touch. */
async function stored(runId: string) {
  const run = await t.ctx.db
    .selectFrom('retention_runs')
    .selectAll()
    .where('id', '=', runId)
    .executeTakeFirst()
  const batches = await t.ctx.db
    .selectFrom('retention_run_batches')
    .selectAll()
    .where('run_id', '=', runId)
    .execute()
  return { run, batches }
}

describe('one sweep of an organisation at a time', () => {
  it('queues "run now" (202), refuses a second one (409 retention_sweep_running), keeps it queued and skips the nightly job while another sweep runs; its open run is untouched until the queued one resumes it', async () => {
    // A closed request due under the rule, and a sweep of it under way: its run is open (running).
    const created = await po('POST', api('/requests'), {
      channel: 'email',
      receivedAt: '2026-11-20',
      subject: { name: 'Ann Claes', email: 'ann.claes@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const request = created.json() as { id: string }
    expect((await po('POST', api(`/requests/${request.id}/actions/withdraw`), {})).statusCode).toBe(200)
    expect((await po('POST', api('/retention/rules/request_records/approval'), {})).statusCode).toBe(200)
    await expect(
      runRetention(t.ctx, systemActor('retention sweeps'), org, {
        today: TODAY,
        rule: 'request_records',
        afterApply: () => {
          throw new Error('stopped here')
        },
      }),
    ).rejects.toThrow('stopped here')
    const open = await t.ctx.db
      .selectFrom('retention_runs')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('status', '=', 'running')
      .executeTakeFirstOrThrow()
    const before = await stored(open.id)
    expect(before.run?.status).toBe('running')

    const logged: { msg: string; org?: string }[] = []
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(JSON.parse(String(chunk)))
          done()
        },
      }),
    )
    // "Run now" is queued (202) and answers before any sweep ran: the open run is untouched until a worker takes it.
    const queued = await po('POST', api('/retention/runs'), {})
    expect(queued.statusCode, queued.body).toBe(202)
    expect(queued.json()).toMatchObject({ status: 'queued', dryRun: false, items: [], endedHolds: null })
    const sweepId = queued.json().id as string
    expect(await stored(open.id)).toEqual(before)
    const sweepNow = async () =>
      (await po('GET', api(`/retention/sweeps/${sweepId}`))).json() as {
        status: string
        items: { rule: string; outcome: string; run: { id: string; status: string } | null }[]
      }

    const refusedWhileHeld = async () => {
      // A second request while one is queued: 409 naming the one under way, nothing queued.
      const again = await po('POST', api('/retention/runs'), { dryRun: true })
      expect(again.statusCode, again.body).toBe(409)
      expect(again.json()).toMatchObject({ code: 'retention_sweep_running', params: { sweepId } })
      // The worker finds the organisation held: the request stays queued and the queue tries again later.
      await expect(retentionSweepNowJob.run({ sweepId }, t.ctx)).rejects.toMatchObject({
        code: 'retention_sweep_running',
      })
      expect(await sweepNow()).toMatchObject({ status: 'queued' })
      logged.length = 0
      await retentionSweepJob.run({}, { ...t.ctx, logger })
      expect(logged).toContainEqual(
        expect.objectContaining({ org: org.slug, msg: expect.stringContaining('skipped') }),
      )
      expect(logged.map((l) => l.msg)).not.toContainEqual(expect.stringContaining('failed'))
      expect(await stored(open.id)).toEqual(before)
      expect((await po('GET', api(`/requests/${request.id}`))).statusCode).toBe(200)
    }

    // Held by a sweep of this process.
    await withOrganizationSweepLock(t.ctx, org.id, refusedWhileHeld)

    if (onPostgres) {
      // Held by another process: a session of its own on the same database, under the documented key.
      const other = new pg.Client(t.ctx.database.connection)
      await other.connect()
      try {
        await other.query("select pg_advisory_lock(hashtext('custos.retention'), hashtext($1))", [org.id])
        await refusedWhileHeld()
      } finally {
        await other.end()
      }
    }

    // Once the other sweep has ended, the queued "run now" resumes the open run and finishes it; the page sees it.
    await retentionSweepNowJob.run({ sweepId }, t.ctx)
    const done = await sweepNow()
    expect(done.status).toBe('done')
    expect(done.items.find((i) => i.rule === 'request_records')).toMatchObject({
      outcome: 'completed',
      run: { id: open.id, status: 'completed' },
    })
    expect((await stored(open.id)).run?.status).toBe('completed')
    const latest = (await po('GET', api('/retention/sweeps'))).json()
    expect(latest).toMatchObject({ items: [{ id: sweepId, status: 'done' }] })
    // Taken once: the queue delivering the job again changes nothing; a new request may be queued now.
    const after = await stored(open.id)
    await retentionSweepNowJob.run({ sweepId }, t.ctx)
    expect(await stored(open.id)).toEqual(after)
    const next = await po('POST', api('/retention/runs'), { dryRun: true })
    expect(next.statusCode, next.body).toBe(202)
    expect(next.json().id).not.toBe(sweepId)
  })
})

describe('a "run now" request that lost its worker (review V12)', () => {
  const minute = 60_000
  const ask = async () => {
    // Whatever an earlier test left queued is taken first: one request of the organisation at a time.
    const open = await t.ctx.db
      .selectFrom('retention_sweep_requests')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('status', 'in', ['queued', 'running'])
      .execute()
    for (const r of open) await retentionSweepNowJob.run({ sweepId: r.id }, t.ctx)
    const res = await po('POST', api('/retention/runs'), { dryRun: true })
    expect(res.statusCode, res.body).toBe(202)
    return res.json().id as string
  }
  const backdate = (id: string, column: 'created_at' | 'heartbeat_at', ms: number) =>
    t.ctx.db
      .updateTable('retention_sweep_requests')
      .set({ [column]: new Date(Date.now() - ms) })
      .where('id', '=', id)
      .execute()
  const page = async (id: string) => (await po('GET', api(`/retention/sweeps/${id}`))).json()

  it('no worker took it within 2 hours: recorded as stopped, a new request is queued, the late job does nothing', async () => {
    const sweepId = await ask()
    await backdate(sweepId, 'created_at', SWEEP_NOT_TAKEN_MS - minute)
    expect(await page(sweepId)).toMatchObject({ status: 'queued' })
    const refused = await po('POST', api('/retention/runs'), { dryRun: true })
    expect(refused.statusCode).toBe(409)

    await backdate(sweepId, 'created_at', SWEEP_NOT_TAKEN_MS + minute)
    expect(await page(sweepId)).toMatchObject({
      status: 'failed',
      error: { code: 'retention_sweep_stopped' },
    })
    const next = await po('POST', api('/retention/runs'), { dryRun: true })
    expect(next.statusCode, next.body).toBe(202)
    // The job of the stopped request delivered late takes nothing: it is not queued any more.
    expect(await runSweepRequest(t.ctx, sweepId)).toBeNull()
    expect(await page(sweepId)).toMatchObject({
      status: 'failed',
      error: { code: 'retention_sweep_stopped' },
    })
    await retentionSweepNowJob.run({ sweepId: next.json().id }, t.ctx)
  })

  it('its worker stopped reporting for 10 minutes: recorded as stopped; if the worker was alive, its late result replaces the stop', async () => {
    const sweepId = await ask()
    const state = await runSweepRequest(t.ctx, sweepId, {
      afterClaim: async () => {
        await backdate(sweepId, 'heartbeat_at', SWEEP_SILENT_MS - minute)
        expect(await page(sweepId)).toMatchObject({ status: 'running' })
        await backdate(sweepId, 'heartbeat_at', SWEEP_SILENT_MS + minute)
        expect(await page(sweepId)).toMatchObject({
          status: 'failed',
          error: { code: 'retention_sweep_stopped' },
        })
      },
    })
    expect(state).toBe('done')
    const done = await page(sweepId)
    expect(done).toMatchObject({ status: 'done', error: null })
    expect(done.items.length).toBeGreaterThan(0)
    expect((await po('GET', api('/retention/sweeps'))).json()).toMatchObject({
      items: [{ id: sweepId, status: 'done' }],
    })
  })
})
