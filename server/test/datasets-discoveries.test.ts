import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { createEncryption } from '../src/crypto/encryption'
import { parseDatasetText } from '../src/domain/datasets/parse'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { startJobQueue } from '../src/jobs/pg-boss-queue'
import type { JobQueue } from '../src/jobs/types'
import { discoverDatasetJob, sweepDiscoveriesJob } from '../src/modules/datasets'
import { DISCOVERY_LEASE_SECONDS, DISCOVERY_MAX_ATTEMPTS } from '../src/modules/datasets/discoveries'
import { claimDiscovery, recordDiscoveryProgress } from '../src/modules/datasets/discoveries-repository'
import type { Organization } from '../src/modules/organizations'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { sampleRegister } from './support/register'
import { waitFor } from './support/wait'

const SECRET = 'Ultra-S3cret-disc0very!'

describe('background discovery over the API', () => {
  let t: TestContext
  /** The worker role: runs the discovery jobs the API sends (the test context itself only sends). */
  let worker: JobQueue | undefined
  const startWorker = async () =>
    startJobQueue(t.ctx, {
      work: true,
      schedule: false,
      jobs: [discoverDatasetJob, sweepDiscoveriesJob],
      pollingIntervalSeconds: 0.5,
    })
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let agent: ReturnType<typeof asUser>
  let outsider: ReturnType<typeof asUser>
  let chinook: ChinookDatabase
  const base = () => `/api/v1/orgs/${org.slug}/datasets/discoveries`
  const body = (overrides: Record<string, unknown> = {}) => {
    const url = new URL(chinook.url)
    url.password = SECRET
    return {
      connector: 'postgres',
      options: { url: url.toString() },
      key: 'chinook',
      system: 'chinook_db',
      ...overrides,
    }
  }
  const finished = async (id: string) =>
    waitFor(async () => {
      const res = await po('GET', `${base()}/${id}`)
      expect(res.statusCode, res.body).toBe(200)
      // biome-ignore lint/suspicious/noExplicitAny: the JSON answer, checked field by field below
      const state: any = res.json()
      return state.status === 'running' ? undefined : state
    }, 60_000)
  const storedRow = (id: string) =>
    t.ctx.db.selectFrom('dataset_discoveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

  beforeAll(async () => {
    ;[t, chinook] = await Promise.all([createTestContext(), loadChinookPostgres()])
    worker = await startWorker()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx)
    const other = await createOrg(t.ctx, 'Other BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const a = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, a.email, a.password))
    const stranger = await createMember(t.ctx, other, 'owner')
    outsider = asUser(app, await signIn(app, stranger.email, stranger.password))
    const register = sampleRegister('Platenwinkel Chinook')
    const withSystem = {
      ...register,
      systems: [...(register.systems ?? []), { key: 'chinook_db', name: 'Chinook', type: 'own_database' }],
    }
    const imported = await po('POST', `/api/v1/orgs/${org.slug}/register/import`, stringify(withSystem), {
      'content-type': 'application/yaml',
    })
    expect(imported.statusCode, imported.body).toBe(200)
  })
  afterAll(async () => {
    await worker?.stop()
    await app.close()
    await t.close()
    await chinook.drop()
  })

  it('reads the database in the background, counts every table and ends with a proposal stored encrypted', async () => {
    const started = await po('POST', base(), body())
    expect(started.statusCode, started.body).toBe(202)
    const { id, status } = started.json()
    expect(status).toBe('running')

    const done = await finished(id)
    expect(done.status, done.error).toBe('done')
    const [{ count }] = await chinook.query(
      "select count(*)::int as count from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    )
    expect(count).toBeGreaterThan(5)
    expect(done.progress).toEqual({ done: count, total: count, table: expect.any(String) })
    const parsed = parseDatasetText(done.result.source)
    expect(parsed.ok && parsed.document.key).toBe('chinook')
    expect(done.result.document.collections.map((c: { name: string }) => c.name)).toContain('customer')
    expect(done.result.suggestions).toContainEqual(
      expect.objectContaining({ collection: 'customer', field: 'email', identity: 'email' }),
    )

    const row = await storedRow(id)
    expect(row.result_encrypted).toBeTruthy()
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('customer')
    expect(stored).not.toContain(SECRET)
    expect(stored).not.toContain(encodeURIComponent(SECRET))
  })

  it('records why a discovery failed, without the secret', async () => {
    const started = await po('POST', base(), body({ schema: 'no_such_schema' }))
    expect(started.statusCode, started.body).toBe(202)
    const failed = await finished(started.json().id)
    expect(failed).toMatchObject({ status: 'failed', error: expect.any(String) })
    expect(failed.result).toBeUndefined()
    expect(JSON.stringify(await storedRow(failed.id))).not.toContain(SECRET)
  })

  it('answers 422 naming the options when it cannot connect, and stores nothing', async () => {
    const before = await t.ctx.db.selectFrom('dataset_discoveries').select('id').execute()
    const wrong = new URL(chinook.url)
    wrong.pathname = '/custos_no_such_database'
    wrong.password = SECRET
    const res = await po('POST', base(), body({ options: { url: wrong.toString() } }))
    const problem = expectProblem(res, 422)
    expect(problem.errors).toEqual([
      { path: 'body.options', code: 'connector.connection-failed', message: expect.any(String) },
    ])
    expect(res.body).not.toContain(SECRET)
    expect(await t.ctx.db.selectFrom('dataset_discoveries').select('id').execute()).toEqual(before)
  })

  it("keeps an organisation's discoveries to itself and refuses agents", async () => {
    const started = await po('POST', base(), body())
    expect(started.statusCode, started.body).toBe(202)
    const { id } = started.json()
    const otherSlug = (
      await t.ctx.db
        .selectFrom('organizations')
        .select('slug')
        .where('name', '=', 'Other BV')
        .executeTakeFirstOrThrow()
    ).slug
    expectProblem(await outsider('GET', `/api/v1/orgs/${otherSlug}/datasets/discoveries/${id}`), 404)
    expectProblem(await outsider('GET', `${base()}/${id}`), 404)
    expectProblem(await po('GET', `${base()}/00000000-0000-4000-8000-000000000000`), 404)
    expectProblem(await agent('GET', `${base()}/${id}`), 403)
    expectProblem(await agent('POST', base(), body()), 403)
    await finished(id)
  })

  it('marks a discovery of before durable discoveries (no input kept) still running after 30 minutes as failed', async () => {
    const row = await t.ctx.db
      .insertInto('dataset_discoveries')
      .values({
        organization_id: org.id,
        created_by: 'test',
        status: 'running',
        progress: JSON.stringify({ done: 2, total: 11, table: 'album' }),
        created_at: new Date(Date.now() - 31 * 60 * 1000),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.jobs.send(sweepDiscoveriesJob, {})
    const failed = await finished(row.id)
    expect(failed).toMatchObject({
      status: 'failed',
      progress: { done: 2, total: 11, table: 'album' },
      error: expect.stringMatching(/interrupted/),
    })
    expect((await storedRow(row.id)).status).toBe('failed')
  })

  describe('after the worker running it stopped mid-way', () => {
    /**
     * A worker that takes the discovery's job, claims the discovery, reads two tables - and is gone (the process
     * died): the worker is stopped, its lease is never renewed again.
     */
    const dyingWorker = (reached: Set<string>) =>
      startJobQueue(t.ctx, {
        work: true,
        schedule: false,
        jobs: [
          {
            ...discoverDatasetJob,
            async run({ discoveryId }, ctx) {
              const claimed = await claimDiscovery(ctx.db, discoveryId, DISCOVERY_LEASE_SECONDS)
              if (!claimed) throw new Error('the dying worker could not claim the discovery')
              await recordDiscoveryProgress(ctx.db, discoveryId, { done: 2, total: 11, table: 'album' }, 60)
              reached.add(discoveryId)
            },
          },
        ],
        pollingIntervalSeconds: 0.5,
      })
    /** Time passing without a heartbeat: the dead worker's lease runs out. */
    const leaseRunsOut = (id: string) =>
      t.ctx.db
        .updateTable('dataset_discoveries')
        .set({ lease_until: new Date(Date.now() - 1000) })
        .where('id', '=', id)
        .execute()

    /** Starts a discovery while only the dying worker runs, and waits until it got mid-way and was stopped. */
    const startAndCrash = async (attemptsBefore = 0) => {
      await worker?.stop()
      worker = undefined
      const reached = new Set<string>()
      const dying = await dyingWorker(reached)
      const started = await po('POST', base(), body())
      expect(started.statusCode, started.body).toBe(202)
      const { id } = started.json()
      await waitFor(async () => reached.has(id))
      await dying.stop()
      if (attemptsBefore > 0) {
        // Stand-in for earlier workers that took it and stopped the same way.
        await t.ctx.db
          .updateTable('dataset_discoveries')
          .set((eb) => ({ attempts: eb('attempts', '+', attemptsBefore) }))
          .where('id', '=', id)
          .execute()
      }
      const midway = await po('GET', `${base()}/${id}`)
      expect(midway.json()).toMatchObject({ status: 'running', progress: { done: 2, total: 11 } })
      await leaseRunsOut(id)
      return id as string
    }

    it('is resumed by the sweep after a restart and ends with its proposal', async () => {
      const id = await startAndCrash()
      // The restart: a worker comes up again; the sweep (every minute) finds the discovery without a live worker.
      worker = await startWorker()
      await t.ctx.jobs.send(sweepDiscoveriesJob, {})
      const done = await finished(id)
      expect(done.status, done.error).toBe('done')
      expect(done.result.document.collections.map((c: { name: string }) => c.name)).toContain('customer')
      const row = await storedRow(id)
      expect(row).toMatchObject({ status: 'done', attempts: 2, input_encrypted: null, lease_until: null })
      expect(JSON.stringify(row)).not.toContain(SECRET)
    })

    it(`is marked failed with the reason once it was interrupted ${DISCOVERY_MAX_ATTEMPTS} times`, async () => {
      const id = await startAndCrash(DISCOVERY_MAX_ATTEMPTS - 1)
      worker = await startWorker()
      await t.ctx.jobs.send(sweepDiscoveriesJob, {})
      const failed = await finished(id)
      expect(failed).toMatchObject({
        status: 'failed',
        progress: { done: 2, total: 11, table: 'album' },
        error: `The discovery was interrupted ${DISCOVERY_MAX_ATTEMPTS} times (its worker stopped); start it again.`,
      })
      expect(await storedRow(id)).toMatchObject({ status: 'failed', input_encrypted: null })
    })
  })

  it('reports a proposal that can no longer be decrypted as failed, not as a server error', async () => {
    const other = createEncryption(randomBytes(32))
    const row = await t.ctx.db
      .insertInto('dataset_discoveries')
      .values({
        organization_id: org.id,
        created_by: 'test',
        status: 'done',
        progress: JSON.stringify({ done: 11, total: 11 }),
        result_encrypted: other.encrypt('{}', 'discovery:elsewhere'),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const res = await po('GET', `${base()}/${row.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/encryption key changed/),
    })
  })

  it("deletes the organisation's discoveries older than a day when a new one starts", async () => {
    const old = await t.ctx.db
      .insertInto('dataset_discoveries')
      .values({
        organization_id: org.id,
        created_by: 'test',
        status: 'done',
        created_at: new Date(Date.now() - 25 * 3600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const started = await po('POST', base(), body())
    expect(started.statusCode, started.body).toBe(202)
    expectProblem(await po('GET', `${base()}/${old.id}`), 404)
    await finished(started.json().id)
  })
})
