import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Config } from '../src/config'
import type { AppContext } from '../src/context'
import { createEncryption } from '../src/crypto/encryption'
import type { Database } from '../src/db/database'
import { parseAllowList } from '../src/domain/connector-allow-list'
import { defineJob } from '../src/jobs/define-job'
import { startJobQueue } from '../src/jobs/pg-boss-queue'
import { allJobs } from '../src/jobs/registry'
import type { JobQueue } from '../src/jobs/types'
import { deliverMailJob } from '../src/mail/deliver-job'
import { dispatchQueuedMail, type QueuedMail, queueMail } from '../src/mail/outbox'
import { sweepMailJob } from '../src/mail/sweep-job'
import { createTestDatabase } from './support/database'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'
import { waitFor } from './support/wait'

const attempts = new Map<string, number>()
const completed = new Set<string>()

const flakyJob = defineJob({
  name: 'test.flaky',
  version: 1,
  schema: z.object({ key: z.string().min(1) }),
  retryLimit: 2,
  retryDelaySeconds: 1,
  retryBackoff: false,
  async run({ key }) {
    const attempt = (attempts.get(key) ?? 0) + 1
    attempts.set(key, attempt)
    if (attempt === 1) throw new Error('Transient failure on the first attempt')
    completed.add(key)
  },
})

/** Payloads a versioned job ran, by the name it was given. */
const greeted: { given: string; family: string }[] = []

/** Version 2 of a job whose version 1 carried one `name`; it upgrades what version 1 queued. */
const versionedJob = defineJob({
  name: 'test.versioned',
  version: 2,
  schema: z.strictObject({ given: z.string(), family: z.string() }),
  upgrade(payload) {
    const { name } = z.object({ name: z.string() }).parse(payload)
    const [given = '', ...rest] = name.split(' ')
    return { given, family: rest.join(' ') }
  },
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  async run(data) {
    greeted.push(data)
  },
})

describe('job queue on pg-boss', () => {
  let database: Database
  let smtp: TestSmtpServer
  let ctx: Omit<AppContext, 'jobs'>
  let worker: JobQueue

  const mail = (to: string): QueuedMail => ({
    organizationId: null,
    to,
    language: 'nl',
    template: 'second-factor-enabled',
    params: { name: 'Lotte Janssens' },
  })
  const status = async (id: string) =>
    (await database.db.selectFrom('outbox_messages').select('status').where('id', '=', id).executeTakeFirst())
      ?.status

  beforeAll(async () => {
    database = await createTestDatabase()
    smtp = await startTestSmtpServer()
    const config: Config = {
      databaseUrl: undefined,
      dataDir: '/nonexistent',
      port: 0,
      host: '127.0.0.1',
      publicUrl: 'https://custos.example.be',
      secretKey: randomBytes(32),
      smtpUrl: smtp.url,
      mailFrom: 'Custos <no-reply@custos.example.be>',
      mailBodyDays: 30,
      logLevel: 'silent',
      sessionHours: 12,
      loginMaxFailures: 5,
      cookieSecure: true,
      auditCheckpointFile: '/nonexistent/audit-checkpoints.jsonl',
      orgCreation: 'admins',
      connectorAllow: parseAllowList(undefined),
      connectorStaleMinutes: 15,
      redisUrl: undefined,
      databasePoolSize: 10,
      databaseListen: true,
      shutdownSeconds: 30,
    }
    ctx = {
      config,
      database,
      db: database.db,
      encryption: createEncryption(config.secretKey),
      logger: pino({ level: 'silent' }),
    }
    worker = await startJobQueue(ctx, {
      work: true,
      schedule: false,
      jobs: [flakyJob, versionedJob, deliverMailJob, sweepMailJob],
      pollingIntervalSeconds: 0.5,
    })
  })
  afterAll(async () => {
    await worker?.stop()
    await database?.close()
    await smtp?.close()
  })

  it('retries a job that fails once, then completes it', async () => {
    expect(await worker.send(flakyJob, { key: 'first' })).toEqual(expect.any(String))
    await waitFor(async () => completed.has('first'))
    expect(attempts.get('first')).toBe(2)
  })

  it('validates the payload when a job is sent', async () => {
    await expect(worker.send(flakyJob, { key: 42 } as unknown as { key: string })).rejects.toThrow()
    await expect(worker.send(flakyJob, { key: '' })).rejects.toThrow()
    await expect(worker.send(deliverMailJob, { messageId: 'not-a-uuid' })).rejects.toThrow()
    const unknown = defineJob({ ...flakyJob, name: 'test.unregistered' })
    await expect(worker.send(unknown, { key: 'x' })).rejects.toThrow(/not registered/)
  })

  it('upgrades a payload an older release queued, and fails one of a newer release without running it', async () => {
    // As an older release (or one from before jobs had versions) and a newer one would have queued them.
    const queued = await sql<{
      id: string
      data: unknown
    }>`insert into pgboss.job (name, data, retry_limit) values
      ('test.versioned', ${JSON.stringify({ name: 'Lotte Janssens' })}::jsonb, 0),
      ('test.versioned', ${JSON.stringify({ version: 1, payload: { name: 'Pieter De Smet' } })}::jsonb, 0),
      ('test.versioned', ${JSON.stringify({ version: 3, payload: { fullName: 'Els Peeters' } })}::jsonb, 0)
      returning id, data`.execute(database.db)
    const newer = queued.rows[2]?.id
    expect(await worker.send(versionedJob, { given: 'Jan', family: 'Claes' })).toEqual(expect.any(String))
    const state = async (id: string | undefined) =>
      (await sql<{ state: string }>`select state from pgboss.job where id = ${id}`.execute(database.db))
        .rows[0]?.state
    await waitFor(async () => greeted.length === 3 && (await state(newer)) === 'failed')
    expect(greeted).toEqual(
      expect.arrayContaining([
        { given: 'Lotte', family: 'Janssens' },
        { given: 'Pieter', family: 'De Smet' },
        { given: 'Jan', family: 'Claes' },
      ]),
    )
    const sent = await sql<{ data: unknown }>`select data from pgboss.job
      where name = 'test.versioned' and data->'payload'->>'given' = 'Jan'`.execute(database.db)
    expect(sent.rows[0]?.data).toEqual({ version: 2, payload: { given: 'Jan', family: 'Claes' } })
  })

  it('delivers mail end to end: queued in a transaction, dispatched after commit, sent by the worker', async () => {
    const id = await database.db
      .transaction()
      .execute((trx) => queueMail(trx, ctx.encryption, mail('lotte@example.be')))
    await dispatchQueuedMail({ jobs: worker, logger: ctx.logger }, [id])
    await waitFor(async () => (await status(id)) === 'sent')
    const received = smtp.received.filter((m) => m.messageId === `<${id}@custos>`)
    expect(received).toHaveLength(1)
    expect(received[0]?.subject).toBe('Tweestapsverificatie ingeschakeld voor uw Custos-account')
  })

  it('sweeps up mail that was queued but never dispatched (crash before dispatch)', async () => {
    const id = await database.db
      .transaction()
      .execute((trx) => queueMail(trx, ctx.encryption, mail('pieter@example.be')))
    await sweepMailJob.run({}, { ...ctx, jobs: worker })
    await waitFor(async () => (await status(id)) === 'sent')
    expect(smtp.received.filter((m) => m.messageId === `<${id}@custos>`)).toHaveLength(1)
  })

  it('lets the scheduler role plant the cron schedules, while a web role only sends', async () => {
    const scheduler = await startJobQueue(ctx, { work: false, schedule: true, jobs: allJobs() })
    const web = await startJobQueue(ctx, { work: false, schedule: false, jobs: allJobs() })
    try {
      const schedules = await sql<{ name: string; cron: string }>`select name, cron from pgboss.schedule
        order by name`.execute(database.db)
      expect(schedules.rows).toEqual([
        { name: 'action-plan.digest', cron: '0 6 * * 1' },
        { name: 'action-plan.sweep', cron: '*/15 * * * *' },
        { name: 'audit.checkpoint', cron: '5 * * * *' },
        { name: 'breaches.reminders', cron: '*/15 * * * *' },
        { name: 'compliance.snapshot', cron: '30 21 * * *' },
        { name: 'compliance.sweep', cron: '*/15 * * * *' },
        { name: 'connectors.resume-stale', cron: '* * * * *' },
        { name: 'consent.expire', cron: '17 * * * *' },
        { name: 'consent.propagation-sweep', cron: '*/15 * * * *' },
        { name: 'cookies.scan', cron: '15 4 1 * *' },
        { name: 'database.analyze', cron: '17 3 * * *' },
        { name: 'datasets.discoveries-sweep', cron: '* * * * *' },
        { name: 'dpia.sweep', cron: '*/15 * * * *' },
        { name: 'idempotency.purge', cron: '15 * * * *' },
        { name: 'mail.purge-bodies', cron: '20 * * * *' },
        { name: 'mail.sweep', cron: '* * * * *' },
        { name: 'packages.purge', cron: '15 * * * *' },
        { name: 'processors.changes', cron: '*/15 * * * *' },
        { name: 'processors.reviews', cron: '15 7 * * *' },
        { name: 'requests.reminders', cron: '0 7 * * *' },
        { name: 'retention.sweep', cron: '15 2 * * *' },
        { name: 'sessions.purge', cron: '0 * * * *' },
        { name: 'webhooks.deliver', cron: '* * * * *' },
        { name: 'webhooks.purge', cron: '30 3 * * *' },
      ])
      const id = await database.db
        .transaction()
        .execute((trx) => queueMail(trx, ctx.encryption, mail('els@example.be')))
      await dispatchQueuedMail({ jobs: web, logger: ctx.logger }, [id])
      // The worker started in beforeAll picks up what the web role sent.
      await waitFor(async () => (await status(id)) === 'sent')
    } finally {
      await web.stop()
      await scheduler.stop()
    }
  })
})
