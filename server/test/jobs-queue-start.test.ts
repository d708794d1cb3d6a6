import { createRequire } from 'node:module'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AppContext } from '../src/context'
import { createEncryption } from '../src/crypto/encryption'
import type { Database } from '../src/db/database'
import { defineJob } from '../src/jobs/define-job'
import { startJobQueue } from '../src/jobs/pg-boss-queue'
import { testConfig } from './support/context'
import { createTestDatabase } from './support/database'
import { waitFor } from './support/wait'

const ran: string[] = []

const job = (name: string, settings: { retryLimit: number; cron?: string }) =>
  defineJob({
    name,
    version: 1,
    schema: z.object({ key: z.string().optional() }),
    retryLimit: settings.retryLimit,
    retryDelaySeconds: 1,
    retryBackoff: false,
    ...(settings.cron === undefined ? {} : { cron: settings.cron }),
    async run({ key }) {
      if (key) ran.push(key)
    },
  })

/**
 * What a start does to the queue's own tables (docs/decisions/0113): a start where no job definition changed writes
 * no queue and no schedule again; a changed one is brought in line; a worker started with its roles left for later
 * takes no job until `startRoles()`.
 */
describe('job queue start', () => {
  let database: Database
  let ctx: Omit<AppContext, 'jobs'>

  beforeAll(async () => {
    const config = testConfig()
    database = await createTestDatabase(config.secretKey)
    ctx = {
      config,
      database,
      db: database.db,
      encryption: createEncryption(config.secretKey),
      logger: pino({ level: 'silent' }),
    }
  })
  afterAll(async () => {
    await database?.close()
  })

  const queues = async () =>
    (
      await sql<{ name: string; retry_limit: number; updated_on: Date }>`
        select name, retry_limit, updated_on from pgboss.queue where name like 'start-test.%' order by name`.execute(
        database.db,
      )
    ).rows
  const schedules = async () =>
    (
      await sql<{ name: string; cron: string; updated_on: Date }>`
        select name, cron, updated_on from pgboss.schedule where name like 'start-test.%' order by name`.execute(
        database.db,
      )
    ).rows

  it('writes no queue or schedule again when nothing changed, and brings changed ones in line', async () => {
    const first = [
      job('start-test.a', { retryLimit: 2, cron: '15 * * * *' }),
      job('start-test.b', { retryLimit: 2, cron: '30 4 * * *' }),
      job('start-test.gone', { retryLimit: 1, cron: '0 5 * * *' }),
    ]
    const one = await startJobQueue(ctx, { work: false, schedule: true, jobs: first })
    await one.stop()
    const queuesBefore = await queues()
    const schedulesBefore = await schedules()
    expect(queuesBefore.map((q) => [q.name, q.retry_limit])).toEqual([
      ['start-test.a', 2],
      ['start-test.b', 2],
      ['start-test.gone', 1],
    ])

    // The same definitions again: nothing is written.
    const same = await startJobQueue(ctx, { work: false, schedule: true, jobs: first })
    await same.stop()
    expect(await queues()).toEqual(queuesBefore)
    expect(await schedules()).toEqual(schedulesBefore)

    // b retries more and runs at another time, gone has no schedule any more, c is new.
    const changed = [
      job('start-test.a', { retryLimit: 2, cron: '15 * * * *' }),
      job('start-test.b', { retryLimit: 5, cron: '45 4 * * *' }),
      job('start-test.gone', { retryLimit: 1 }),
      job('start-test.c', { retryLimit: 0 }),
    ]
    const two = await startJobQueue(ctx, { work: false, schedule: true, jobs: changed })
    await two.stop()
    const queuesAfter = await queues()
    expect(queuesAfter.map((q) => [q.name, q.retry_limit])).toEqual([
      ['start-test.a', 2],
      ['start-test.b', 5],
      ['start-test.c', 0],
      ['start-test.gone', 1],
    ])
    const byName = (rows: { name: string; updated_on: Date }[], name: string) =>
      rows.find((r) => r.name === name)?.updated_on.getTime()
    expect(byName(queuesAfter, 'start-test.a')).toBe(byName(queuesBefore, 'start-test.a'))
    const schedulesAfter = await schedules()
    expect(schedulesAfter.map((s) => [s.name, s.cron])).toEqual([
      ['start-test.a', '15 * * * *'],
      ['start-test.b', '45 4 * * *'],
    ])
    expect(byName(schedulesAfter, 'start-test.a')).toBe(byName(schedulesBefore, 'start-test.a'))
  })

  it('takes no job before startRoles() when its roles are left for later, and takes them after', async () => {
    const worker = job('start-test.later', { retryLimit: 0 })
    const sender = await startJobQueue(ctx, { work: false, schedule: false, jobs: [worker] })
    await sender.send(worker, { key: 'sent before the roles started' })
    await sender.stop()
    // What the queue decides, not a race with the worker's first fetch: pg-boss's fetch() - through which the worker
    // takes a job (decision 0118: one polling loop for every queue) - is watched (pg-boss exposes each Manager method,
    // by its name, on the instance).
    const fetched: string[] = []
    const Manager = createRequire(import.meta.url)('pg-boss/src/manager.js') as {
      prototype: { fetch(name: string, ...rest: unknown[]): Promise<unknown[]> }
    }
    const fetch = Manager.prototype.fetch
    Manager.prototype.fetch = {
      fetch(this: unknown, name: string, ...rest: unknown[]) {
        fetched.push(name)
        return fetch.call(this, name, ...rest)
      },
    }.fetch
    let queue: Awaited<ReturnType<typeof startJobQueue>> | undefined
    try {
      queue = await startJobQueue(ctx, {
        work: true,
        schedule: false,
        jobs: [worker],
        pollingIntervalSeconds: 0.5,
        startRolesLater: true,
      })
      const state = async () =>
        (
          await sql<{ state: string }>`select state from pgboss.job where name = 'start-test.later'`.execute(
            database.db,
          )
        ).rows.map((r) => r.state)
      expect(await state()).toEqual(['created'])
      expect(fetched).toEqual([])
      expect(ran).toEqual([])
      await queue.startRoles()
      await waitFor(async () => ran.includes('sent before the roles started'))
      expect(fetched).toContain('start-test.later')
      await waitFor(async () => (await state()).every((s) => s === 'completed'))
    } finally {
      Manager.prototype.fetch = fetch
      await queue?.stop()
    }
  })
})
