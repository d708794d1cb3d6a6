import PgBoss from 'pg-boss'
import type { AppContext } from '../context'
import { withStartupLock } from '../db/startup-lock'
import { JobPoller } from './job-poller'
import { JobPayloadError, readJobPayload, wrapJobPayload } from './payload'
import type { JobDefinition, JobQueue, SendOptions } from './types'

export interface JobQueueOptions {
  /** Run the jobs in this process (worker role). */
  work: boolean
  /** Plant the cron schedules and run pg-boss maintenance (scheduler role). */
  schedule: boolean
  // biome-ignore lint/suspicious/noExplicitAny: definitions of different payload types live in one list
  jobs: JobDefinition<any>[]
  /**
   * Leave planting the schedules and starting the workers to `startRoles()` (the server calls it once it listens).
   * Otherwise the queue is returned with its roles started.
   */
  startRolesLater?: boolean
  /** How often an idle worker looks for new jobs; pg-boss accepts 0.5 at the least. */
  pollingIntervalSeconds?: number
}

export interface StartedJobQueue extends JobQueue {
  /**
   * Plants the cron schedules (scheduler role) and starts taking jobs (worker role). Until then the queue only
   * sends, so a server can answer requests before its workers start polling (docs/decisions/0113).
   */
  startRoles(): Promise<void>
}

export class UnknownJobError extends Error {}

const PG_BOSS_SCHEMA = 'pgboss'
const POOL_SIZE = 4
const STOP_TIMEOUT_MS = 30_000

/**
 * The job queue on pg-boss, in the application database itself (schema `pgboss`). Every role sends; workers
 * (`work`) run jobs, and any number of worker processes share the queue through row locks (SKIP LOCKED).
 * Only the scheduler role (`schedule`) plants cron schedules and runs pg-boss maintenance; the web role only
 * sends, so it starts pg-boss without supervision or scheduling.
 */
export async function startJobQueue(
  ctx: Omit<AppContext, 'jobs'>,
  options: JobQueueOptions,
): Promise<StartedJobQueue> {
  const definitions = new Map(options.jobs.map((job) => [job.name, job]))
  // On the embedded database pg-boss shares the application's single connection (see openDatabase).
  const shared =
    ctx.database.kind === 'embedded'
      ? { db: { executeSql: (text: string, values: unknown[]) => ctx.database.pool.query(text, values) } }
      : {}
  const boss = new PgBoss({
    ...(ctx.database.connection as PgBoss.DatabaseOptions),
    ...shared,
    application_name: 'custos-jobs',
    max: POOL_SIZE,
    schema: PG_BOSS_SCHEMA,
    migrate: true,
    supervise: options.schedule,
    schedule: options.schedule,
  })
  boss.on('error', (err) => ctx.logger.error({ err }, 'Job queue error'))

  // Started with the worker role: one polling loop for every queue (docs/decisions/0118).
  let poller: JobPoller | undefined
  const queue: JobQueue = {
    async send(job, data, sendOptions) {
      if (!definitions.has(job.name)) throw new UnknownJobError(`Job ${job.name} is not registered`)
      return boss.send(job.name, wrapJobPayload(job, data), toPgBossOptions(sendOptions))
    },
    async stop(stopOptions) {
      const timeout = stopOptions?.timeoutMs ?? STOP_TIMEOUT_MS
      await poller?.stop(timeout)
      await boss.stop({ graceful: true, wait: true, timeout })
    },
  }

  try {
    // One process at a time: pg-boss's schema set-up and create_queue deadlock when several processes run them together.
    await withStartupLock(ctx.database, async () => {
      await boss.start()
      await bringQueuesInLine(boss, [...definitions.values()])
    })
  } catch (error) {
    await boss.stop({ graceful: false })
    throw error
  }
  let rolesStarted = false
  const started: StartedJobQueue = {
    ...queue,
    async startRoles() {
      if (rolesStarted) return
      rolesStarted = true
      try {
        if (options.schedule)
          await withStartupLock(ctx.database, () => plantSchedules(boss, [...definitions.values()]))
        if (options.work) {
          const jobCtx: AppContext = { ...ctx, jobs: queue }
          poller = new JobPoller(
            boss,
            PG_BOSS_SCHEMA,
            [...definitions.values()].map((job) => ({
              name: job.name,
              run: (item) => runJob(job, item, jobCtx),
            })),
            (options.pollingIntervalSeconds ?? 2) * 1000,
            (err, queueName) => ctx.logger.error({ err, queue: queueName }, 'Job queue error'),
          )
          poller.start()
        }
      } catch (error) {
        await boss.stop({ graceful: false })
        throw error
      }
    },
  }
  if (!options.startRolesLater) await started.startRoles()
  return started
}

/**
 * Reads the stored payload as the current version (upgrading an older one) and runs the job; a thrown error fails
 * the attempt, and pg-boss retries it. A payload this release cannot read is not run: the attempt fails with the
 * reason logged (a newer payload may yet be taken by a newer worker on a retry).
 */
async function runJob<T>(job: JobDefinition<T>, item: PgBoss.Job<unknown>, ctx: AppContext): Promise<void> {
  const log = ctx.logger.child({ job: job.name, jobId: item.id })
  let data: T
  try {
    data = readJobPayload(job, item.data)
  } catch (err) {
    if (err instanceof JobPayloadError) {
      log.error(
        { reason: err.reason, storedVersion: err.storedVersion, version: job.version, err },
        'Job payload not run: not a payload this release can read',
      )
    } else log.error({ err }, 'Job payload not run')
    throw err
  }
  try {
    await job.run(data, ctx)
  } catch (err) {
    log.error({ err }, 'Job failed')
    throw err
  }
}

function queueSettings<T>(job: JobDefinition<T>): PgBoss.Queue {
  return {
    name: job.name,
    policy: job.policy ?? 'standard',
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelaySeconds,
    retryBackoff: job.retryBackoff,
    ...(job.expireInSeconds === undefined ? {} : { expireInSeconds: job.expireInSeconds }),
  }
}

/**
 * Creates the queues that do not exist yet and brings the settings of the others in line with their definitions -
 * reading all queues in one query first, so a start where nothing changed writes nothing (on the embedded
 * database every statement runs on the process's own thread, and 33 queues took two statements each).
 */
// biome-ignore lint/suspicious/noExplicitAny: see JobQueueOptions.jobs
async function bringQueuesInLine(boss: PgBoss, jobs: JobDefinition<any>[]): Promise<void> {
  const stored = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]))
  for (const job of jobs) {
    const wanted = queueSettings(job)
    const current = stored.get(job.name)
    if (current === undefined) await boss.createQueue(job.name, wanted)
    else if (!queueMatches(current, wanted)) await boss.updateQueue(job.name, wanted)
  }
}

/** pg-boss's updateQueue leaves a setting given as undefined unchanged; so does this comparison. */
function queueMatches(current: PgBoss.QueueResult, wanted: PgBoss.Queue): boolean {
  const keys = ['policy', 'retryLimit', 'retryDelay', 'retryBackoff', 'expireInSeconds'] as const
  return keys.every((key) => wanted[key] === undefined || current[key] === wanted[key])
}

/**
 * Plants the schedule of every periodic job whose cron, time zone or payload differs from the stored one, and
 * removes schedules no job has any more; unchanged schedules are not written again (nor their cron parsed).
 */
// biome-ignore lint/suspicious/noExplicitAny: see JobQueueOptions.jobs
async function plantSchedules(boss: PgBoss, jobs: JobDefinition<any>[]): Promise<void> {
  // Stored rows also carry their time zone (pg-boss's type leaves it out).
  const stored: (PgBoss.Schedule & { timezone?: string })[] = await boss.getSchedules()
  const planted = new Map(stored.map((schedule) => [schedule.name, schedule]))
  const periodic = jobs.filter((job) => job.cron !== undefined)
  for (const job of periodic) {
    if (job.cron === undefined) continue
    const data = wrapJobPayload(job, {})
    const current = planted.get(job.name)
    const same =
      current !== undefined &&
      current.cron === job.cron &&
      current.timezone === 'UTC' &&
      canonicalJson(current.data) === canonicalJson(data)
    if (!same) await boss.schedule(job.name, job.cron, data, { tz: 'UTC' })
  }
  const wanted = new Set(periodic.map((job) => job.name))
  for (const name of planted.keys()) {
    if (!wanted.has(name)) await boss.unschedule(name)
  }
}

/** JSON with object keys sorted: a stored jsonb value comes back with its keys in the database's order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

function toPgBossOptions(options: SendOptions | undefined): PgBoss.SendOptions {
  const result: PgBoss.SendOptions = {}
  if (options?.singletonKey !== undefined) result.singletonKey = options.singletonKey
  if (options?.startAfterSeconds !== undefined) result.startAfter = options.startAfterSeconds
  return result
}
