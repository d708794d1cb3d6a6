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
import { retentionSweepJob, runRetention, withOrganizationSweepLock } from '../src/modules/retention'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Review M3: one sweep of an organisation at a time, across processes. While a sweep holds the organisation (the
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
  it('refuses "run now" (409 retention_sweep_running) and skips the nightly job while another sweep runs; its open run is untouched', async () => {
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
    const refusedWhileHeld = async () => {
      const runNow = await po('POST', api('/retention/runs'), {})
      expect(runNow.statusCode, runNow.body).toBe(409)
      expect(runNow.json()).toMatchObject({ code: 'retention_sweep_running' })
      const dryRun = await po('POST', api('/retention/runs'), { dryRun: true })
      expect(dryRun.json()).toMatchObject({ code: 'retention_sweep_running' })
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

    // Once the other sweep has ended, "run now" resumes the open run and finishes it.
    const runNow = await po('POST', api('/retention/runs'), {})
    expect(runNow.statusCode, runNow.body).toBe(200)
    const item = (
      runNow.json().items as { rule: string; outcome: string; run: { id: string } | null }[]
    ).find((i) => i.rule === 'request_records')
    expect(item).toMatchObject({ outcome: 'completed', run: { id: open.id } })
    expect((await stored(open.id)).run?.status).toBe('completed')
  })
})
