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

/** A promise the test resolves. */
function gate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}

/**
 * The worker's one polling loop for every queue (decision 0118, jobs/job-poller.ts) keeps what pg-boss's worker did:
 * one job at a time per queue and process, a job failed past its queue's expireInSeconds, running jobs failed back
 * to the queue at the stop deadline - and a job failed back is not marked completed when it ends later.
 */
describe('job poller', () => {
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

  const jobs = async (name: string) =>
    (
      await sql<{ state: string; key: string; output: { message?: string } | null }>`
        select state, data->'payload'->>'key' as key, output from pgboss.job where name = ${name}
        order by data->'payload'->>'key'`.execute(database.db)
    ).rows

  it('runs one job of a queue at a time in a process, while other queues go on', async () => {
    const started: string[] = []
    const first = gate()
    const slow = defineJob({
      name: 'poller-test.slow',
      version: 1,
      schema: z.object({ key: z.string() }),
      retryLimit: 0,
      retryDelaySeconds: 1,
      retryBackoff: false,
      async run({ key }) {
        started.push(key)
        if (key === 'a') await first.opened
      },
    })
    const marks: string[] = []
    const marker = defineJob({
      name: 'poller-test.marker',
      version: 1,
      schema: z.object({ key: z.string() }),
      retryLimit: 0,
      retryDelaySeconds: 1,
      retryBackoff: false,
      async run({ key }) {
        marks.push(key)
      },
    })
    const queue = await startJobQueue(ctx, {
      work: true,
      schedule: false,
      jobs: [slow, marker],
      pollingIntervalSeconds: 0.5,
    })
    try {
      await queue.send(slow, { key: 'a' })
      await waitFor(async () => started.includes('a'))
      await queue.send(slow, { key: 'b' })
      // A job of another queue sent after b is taken only by a later round, which saw b ready and its queue busy.
      await queue.send(marker, { key: 'later round' })
      await waitFor(async () => marks.includes('later round'))
      expect(started).toEqual(['a'])
      expect((await jobs('poller-test.slow')).map((j) => [j.key, j.state])).toEqual([
        ['a', 'active'],
        ['b', 'created'],
      ])
      first.open()
      await waitFor(async () => (await jobs('poller-test.slow')).every((j) => j.state === 'completed'))
      expect(started).toEqual(['a', 'b'])
    } finally {
      first.open()
      await queue.stop()
    }
  })

  it('runs a backlog one job after the other without waiting the polling interval between them', async () => {
    const ran: string[] = []
    const backlog = defineJob({
      name: 'poller-test.backlog',
      version: 1,
      schema: z.object({ key: z.string() }),
      retryLimit: 0,
      retryDelaySeconds: 1,
      retryBackoff: false,
      async run({ key }) {
        ran.push(key)
      },
    })
    const keys = Array.from({ length: 12 }, (_, i) => `job-${String(i).padStart(2, '0')}`)
    // Queued by a process that does not work, before the worker starts: its first round finds them ready.
    const sender = await startJobQueue(ctx, { work: false, schedule: false, jobs: [backlog] })
    for (const key of keys) await sender.send(backlog, { key })
    await sender.stop()
    const worker = await startJobQueue(ctx, {
      work: true,
      schedule: false,
      jobs: [backlog],
      // An hour between idle rounds: after the first round, only the rounds a finished job starts take the rest.
      pollingIntervalSeconds: 3600,
    })
    try {
      await waitFor(async () => ran.length === keys.length, 60_000)
      expect([...ran].sort()).toEqual(keys)
    } finally {
      await worker.stop()
    }
  })

  it('fails a job that runs past its queue expireInSeconds, with the reason in its output', async () => {
    const never = gate()
    const stuck = defineJob({
      name: 'poller-test.stuck',
      version: 1,
      schema: z.object({ key: z.string() }),
      retryLimit: 0,
      retryDelaySeconds: 1,
      retryBackoff: false,
      expireInSeconds: 1,
      async run() {
        await never.opened
      },
    })
    const queue = await startJobQueue(ctx, {
      work: true,
      schedule: false,
      jobs: [stuck],
      pollingIntervalSeconds: 0.5,
    })
    try {
      await queue.send(stuck, { key: 'stuck' })
      await waitFor(async () => (await jobs('poller-test.stuck'))[0]?.state === 'failed')
      expect((await jobs('poller-test.stuck'))[0]?.output?.message).toMatch(/timed out after 1 s/)
    } finally {
      never.open()
      await queue.stop()
    }
  })

  it('fails running jobs back to the queue at the stop deadline, and does not complete them when they end later', async () => {
    // Attempt 1 runs in a worker that is stopped; attempt 2 (the retry) in another; attempt 1 ends while 2 runs.
    const releases = [gate(), gate()]
    const ends = [gate(), gate()]
    const attempts: number[] = []
    const held = defineJob({
      name: 'poller-test.held',
      version: 1,
      schema: z.object({ key: z.string() }),
      retryLimit: 2,
      retryDelaySeconds: 0,
      retryBackoff: false,
      async run() {
        const attempt = attempts.push(attempts.length + 1) - 1
        await releases[attempt]?.opened
        ends[attempt]?.open()
      },
    })
    const options = { work: true, schedule: false, jobs: [held], pollingIntervalSeconds: 0.5 }
    const first = await startJobQueue(ctx, options)
    await first.send(held, { key: 'held' })
    await waitFor(async () => attempts.length === 1)
    await first.stop({ timeoutMs: 1000 })
    const [afterStop] = await jobs('poller-test.held')
    expect(afterStop?.state).toBe('retry')
    expect(afterStop?.output?.message).toMatch(/stopped while the job was running/)

    const second = await startJobQueue(ctx, options)
    try {
      await waitFor(async () => attempts.length === 2)
      expect((await jobs('poller-test.held'))[0]?.state).toBe('active')
      releases[0]?.open()
      await ends[0]?.opened
      // Completing would be the stopped worker's next statement once its job returned (queued while the first read
      // runs); the second read comes after it. Only on PGlite can that statement reach the database: on PostgreSQL
      // the stopped pg-boss has closed its pool (review W5) - the unit test job-poller.test.ts sees the calls.
      await jobs('poller-test.held')
      expect((await jobs('poller-test.held'))[0]?.state).toBe('active')
      releases[1]?.open()
      await waitFor(async () => (await jobs('poller-test.held'))[0]?.state === 'completed')
    } finally {
      for (const release of releases) release.open()
      await second.stop()
    }
  })
})
