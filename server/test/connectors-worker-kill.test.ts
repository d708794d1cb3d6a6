import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { loadConfig } from '../src/config'
import { saveConnection, saveDatasetSource } from '../src/modules/datasets/service'
import { importRegister } from '../src/modules/register/import'
import { createStaffRequest } from '../src/modules/requests/intake'
import { openRuntime } from '../src/runtime'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { spawnCli, startCli } from './support/cli'
import { createEmptyPostgresDatabase } from './support/database'
import { createOrg } from './support/factories'
import { waitFor } from './support/wait'

const EMAIL = 'daan_peeters@apple.be'
const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/**
 * The worker process is killed (SIGKILL) while its erasure transaction is under way, then the run is resumed: the
 * customer ends up erased exactly once and nothing else changes. Custos' own store is PostgreSQL here because a
 * second process must reach it; the db-pglite project runs the same engine path in connectors-engine.test.ts.
 */
describe.runIf(onPostgres)(
  'a worker killed in the middle of an erasure (PostgreSQL store, chinook in PostgreSQL)',
  () => {
    let chinook: ChinookDatabase
    let store: { url: string; drop(): Promise<void> }
    /** Custos' own store and key, for this process's runtime and for each `custos` run. */
    const env = () => ({ DATABASE_URL: store.url, CUSTOS_SECRET_KEY: secretKey, CUSTOS_LOG_LEVEL: 'silent' })
    const secretKey = randomBytes(32).toString('base64')
    let slug = ''
    let reference = ''

    beforeAll(async () => {
      chinook = await loadChinookPostgres()
      store = await createEmptyPostgresDatabase()
      const runtime = await openRuntime(loadConfig({ ...process.env, ...env() }, {}))
      try {
        const ctx = runtime.ctx
        const actor = systemActor('test')
        const org = await createOrg(ctx, 'Chinook Muziek BV')
        slug = org.slug
        await importRegister(ctx, actor, org, chinookRegister(), { mode: 'merge', dryRun: false })
        const source = readFileSync(
          new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
          'utf8',
        )
        const saved = await saveDatasetSource(ctx, actor, org, source)
        await saveConnection(ctx, actor, org, saved.dataset.key, {
          options: chinook.settings.options as Record<string, string | number>,
          ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
        })
        const id = await createStaffRequest(ctx, actor, org, {
          channel: 'email',
          receivedAt: new Date().toISOString().slice(0, 10),
          subject: { name: 'Daan Peeters', email: EMAIL },
          types: ['erasure'],
          language: 'nl',
        } as Parameters<typeof createStaffRequest>[3])
        const row = await ctx.db
          .selectFrom('requests')
          .select('reference')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
        reference = row.reference
      } finally {
        await runtime.close()
      }
    }, 120_000)
    afterAll(async () => {
      await chinook?.drop()
      await store?.drop()
    })

    it('the rerun finishes the erasure without doing anything twice', async () => {
      const before = await chinook.query('select * from customer order by customer_id')
      const target = before.find((c: { email: string }) => c.email === EMAIL)

      // Hold a lock on the customer row, so the worker's erasure transaction blocks inside its UPDATE.
      const blocker = new pg.Client({ connectionString: chinook.url })
      await blocker.connect()
      await blocker.query('begin')
      await blocker.query('select * from customer where customer_id = $1 for update', [target.customer_id])

      const worker = startCli(['request', 'run', reference, '--org', slug, '--action', 'erasure'], {
        env: env(),
      })
      const storeClient = new pg.Client({ connectionString: store.url })
      await storeClient.connect()
      try {
        // The plan is stored and the worker waits on the lock inside its transaction.
        await waitFor(async () => {
          if (worker.child.exitCode !== null) throw new Error(`The worker ended early: ${worker.errors()}`)
          // Not through the blocker: inside its transaction pg_stat_activity would stay a snapshot.
          const waiting = await chinook.query(
            "select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
          )
          return waiting.length > 0
        }, 60_000)
        const planned = await storeClient.query(
          "select id, run_id from connector_run_steps where status = 'planned'",
        )
        expect(planned.rowCount).toBe(1)
        worker.child.kill('SIGKILL')
        expect((await worker.exited).signal).toBe('SIGKILL')
        await blocker.query('rollback')

        // Nothing was written: the transaction died with the worker.
        expect(await chinook.query('select * from customer order by customer_id')).toEqual(before)
        const runId = planned.rows[0].run_id as string

        // A new process refuses while the dead worker's lease runs, and takes over when told it died.
        const busy = spawnCli(['request', 'resume', runId, '--org', slug], { env: env() })
        expect(busy.code).toBe(1)
        expect(busy.err).toContain('--take-over')
        const resumed = spawnCli(['request', 'resume', runId, '--org', slug, '--take-over', '--json'], {
          env: env(),
        })
        expect(resumed.code, resumed.err).toBe(0)
        const view = JSON.parse(resumed.out)
        expect(view.status).toBe('completed')
        const customer = view.steps[0].result.changes.find(
          (c: { collection: string }) => c.collection === 'customer',
        )
        expect(customer.updated).toBe(1)
        const invoice = view.steps[0].result.changes.find(
          (c: { collection: string }) => c.collection === 'invoice',
        )
        expect(invoice.withheld[0]).toMatchObject({ rows: 7, reason: { kind: 'retention' } })

        const after = await chinook.query('select * from customer order by customer_id')
        const erased = after.find((c: { customer_id: number }) => c.customer_id === target.customer_id)
        expect(erased.email).not.toBe(EMAIL)
        expect(erased.first_name).toBe('erased')
        expect(after.filter((c: { customer_id: number }) => c.customer_id !== target.customer_id)).toEqual(
          before.filter((c: { customer_id: number }) => c.customer_id !== target.customer_id),
        )

        // Resuming a completed run does nothing at all.
        const again = spawnCli(['request', 'resume', runId, '--org', slug], { env: env() })
        expect(again.code).toBe(0)
        expect(await chinook.query('select * from customer order by customer_id')).toEqual(after)
      } finally {
        worker.child.kill('SIGKILL')
        await blocker.end().catch(() => {})
        await storeClient.end()
      }
    }, 120_000)
  },
)
