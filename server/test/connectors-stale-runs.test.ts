import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun, handOverHeldRuns } from '../src/connectors/engine/execute-run'
import { claimRun, findRunById, runsWithDeadLease } from '../src/connectors/engine/run-repository'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { resumeStaleRuns } from '../src/modules/connector-runs'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const STALE_MINUTES = 5

/**
 * Issue 11, item 7: a run whose worker died (it claimed the run, then stopped renewing its lease) is resumed by the
 * periodic sweep once its heartbeat is older than CUSTOS_CONNECTOR_STALE_MINUTES - no `resume --take-over`. Time is
 * moved through the heartbeat itself (the lease ends STALE_MINUTES after the last heartbeat), never by waiting.
 */
describe('a connector run whose worker died is resumed automatically', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let chinook: ChinookDatabase

  /** Puts the run's last heartbeat this many minutes in the past. */
  const lastHeartbeat = async (runId: string, minutesAgo: number) => {
    await t.ctx.db
      .updateTable('connector_runs')
      .set({
        lease_until: sql<Date>`now() + make_interval(secs => ${(STALE_MINUTES - minutesAgo) * 60})`,
      })
      .where('id', '=', runId)
      .execute()
  }

  beforeAll(async () => {
    t = await createTestContext({ connectorStaleMinutes: STALE_MINUTES })
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Chinook Muziek BV')
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    chinook = await loadChinookPostgres()
    const source = readFileSync(
      new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
      'utf8',
    )
    expect(
      (await po('PUT', `/api/v1/orgs/${org.slug}/datasets/chinook-postgres`, { source })).statusCode,
    ).toBeLessThan(300)
    const connection = await po('PUT', `/api/v1/orgs/${org.slug}/datasets/chinook-postgres/connection`, {
      options: chinook.settings.options,
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await t?.close()
    await chinook?.drop()
  })

  it('leaves a run with a recent heartbeat to its worker, and takes over one whose heartbeat is too old', async () => {
    const request = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: 'daan_peeters@apple.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const started = await po('POST', `/api/v1/orgs/${org.slug}/requests/${request.json().id}/runs`, {
      action: 'access',
    })
    expect(started.statusCode, started.body).toBe(202)
    const runId = started.json().id as string

    // A worker claimed the run and died before finishing: the run stays "running" under its lease.
    expect(await claimRun(t.ctx.db, runId, { leaseMinutes: STALE_MINUTES })).toMatchObject({
      status: 'running',
    })

    // Its last heartbeat 4 minutes ago (under the 5 configured): it may still be working; nothing is taken.
    await lastHeartbeat(runId, STALE_MINUTES - 1)
    expect(await resumeStaleRuns(t.ctx)).toEqual([])
    expect(await findRunById(t.ctx.db, runId)).toMatchObject({ status: 'running' })

    // 6 minutes without a heartbeat: the worker is taken for dead and the sweep finishes the run.
    await lastHeartbeat(runId, STALE_MINUTES + 1)
    expect(await resumeStaleRuns(t.ctx)).toEqual([runId])
    const view = (await po('GET', `/api/v1/orgs/${org.slug}/runs/${runId}`)).json()
    expect(view.status, view.error).toBe('completed')
    expect(view.steps[0]).toMatchObject({ status: 'done' })
    expect(view.summary.packageId).toBeTruthy()
    // Released at the end: a finished run is never picked up again.
    expect(await findRunById(t.ctx.db, runId)).toMatchObject({ lease_until: null })
    expect(await resumeStaleRuns(t.ctx)).toEqual([])
  })

  it('hands a run over at once when its worker shuts down before finishing it (issue 22)', async () => {
    const request = await po('POST', `/api/v1/orgs/${org.slug}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: 'daan_peeters@apple.be' },
      types: ['erasure'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    const started = await po('POST', `/api/v1/orgs/${org.slug}/requests/${request.json().id}/runs`, {
      action: 'erasure',
      dryRun: false,
    })
    expect(started.statusCode, started.body).toBe(202)
    const runId = started.json().id as string
    // This "worker" holds the run: it stops just before its first write and waits there.
    let reached!: () => void
    const atStep = new Promise<void>((resolve) => {
      reached = resolve
    })
    let go!: () => void
    const held = new Promise<void>((resolve) => {
      go = resolve
    })
    const running = executeRun(t.ctx, runId, {
      beforeWrite: async () => {
        reached()
        await held
      },
    })
    await atStep
    // Its lease is fresh: the sweep leaves it alone.
    expect(await runsWithDeadLease(t.ctx.db, 20)).not.toContain(runId)
    // Shutdown past its deadline: the run's lease is made to run out now, so the next sweep takes it.
    expect(await handOverHeldRuns(t.ctx.db)).toEqual([runId])
    expect(await runsWithDeadLease(t.ctx.db, 20)).toContain(runId)
    go()
    await running
    expect(await findRunById(t.ctx.db, runId)).toMatchObject({ lease_until: null })
    expect(await handOverHeldRuns(t.ctx.db)).toEqual([])
  })
})
