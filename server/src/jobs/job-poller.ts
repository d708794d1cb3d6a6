import type PgBoss from 'pg-boss'

/** What the poller needs of a job queue's definitions: the queue name and how to run one job of it. */
export interface PolledQueue {
  name: string
  run(job: PgBoss.Job<unknown>): Promise<void>
}

interface Running {
  name: string
  id: string
  /** Failed back to the queue at the stop deadline: its late result is not recorded. */
  abandoned: boolean
  done: Promise<void>
}

const SHUT_DOWN = 'Custos stopped while the job was running; it goes back to the queue'

/**
 * One polling loop for every queue of a worker process (docs/decisions/0118), instead of pg-boss's one loop per
 * queue (`work()`): each round asks the database in one query which queues have a job ready, then takes one job of
 * each such queue that is not already running one here. Idle, that is one query per interval instead of one per
 * queue (33), which on the embedded database all ran on the process's own thread and its single connection.
 *
 * The rest is what pg-boss's worker does: a queue runs one job at a time in this process (several worker processes
 * share a queue through pg-boss's row locks, SKIP LOCKED); a job is failed when it runs past its queue's
 * `expireInSeconds`, or throws (pg-boss then retries it by the queue's settings); at a stop the loop takes no more
 * jobs and waits for the running ones until the deadline, then fails those back to the queue.
 */
export class JobPoller {
  private readonly running = new Map<string, Running>()
  private readonly byName: Map<string, PolledQueue>
  private timer: NodeJS.Timeout | undefined
  private round: Promise<void> | undefined
  private stopping = false
  /** A job ended while a round was under way: the next round starts at once, not after the interval. */
  private again = false

  constructor(
    private readonly boss: PgBoss,
    private readonly schema: string,
    queues: readonly PolledQueue[],
    private readonly intervalMs: number,
    private readonly onError: (error: unknown, queue?: string) => void,
  ) {
    this.byName = new Map(queues.map((queue) => [queue.name, queue]))
  }

  start(): void {
    this.schedule(0)
  }

  private schedule(delayMs: number) {
    if (this.stopping) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.again = false
      this.round = this.poll().finally(() => {
        this.round = undefined
        this.schedule(this.again ? 0 : this.intervalMs)
      })
    }, delayMs)
  }

  /**
   * A job ended: its queue may hold more, so the next round starts now - the interval is only the wait while nothing
   * is ready, and a backlog runs as fast as its jobs do. A change from pg-boss's worker, which waited the interval
   * minus the job's duration after every fetch (a backlog of short jobs ran one job per 2 s per queue and process;
   * decision 0118).
   */
  private soon(): void {
    if (this.stopping) return
    if (this.round) this.again = true
    else this.schedule(0)
  }

  /** One round: the queues with a job ready, then one job of each idle one. */
  private async poll(): Promise<void> {
    const idle = [...this.byName.keys()].filter((name) => !this.running.has(name))
    if (idle.length === 0) return
    let ready: string[]
    try {
      const { rows } = await this.boss.getDb().executeSql(
        `SELECT DISTINCT name FROM ${this.schema}.job
          WHERE name = ANY($1::text[]) AND state < 'active' AND start_after < now()`,
        [idle],
      )
      ready = (rows as { name: string }[]).map((row) => row.name)
    } catch (error) {
      this.onError(error)
      return
    }
    for (const name of ready) {
      if (this.stopping) return
      const queue = this.byName.get(name)
      if (!queue || this.running.has(name)) continue
      try {
        const [job] = await this.boss.fetch<unknown>(name, { batchSize: 1 })
        if (job) this.runOne(queue, job)
      } catch (error) {
        this.onError(error, name)
      }
    }
  }

  private runOne(queue: PolledQueue, job: PgBoss.Job<unknown>) {
    const entry: Running = { name: queue.name, id: job.id, abandoned: false, done: Promise.resolve() }
    const expireMs = Number((job as { expireInSeconds?: number }).expireInSeconds ?? 0) * 1000
    entry.done = (async () => {
      let timeout: NodeJS.Timeout | undefined
      try {
        const expired = new Promise<never>((_, reject) => {
          if (expireMs > 0)
            timeout = setTimeout(
              () => reject(new Error(`job timed out after ${expireMs / 1000} s`)),
              expireMs,
            )
        })
        await Promise.race([queue.run(job), expired])
        if (!entry.abandoned) await this.boss.complete(queue.name, job.id)
      } catch (error) {
        // The error itself, as pg-boss's worker passes it (stored through serialize-error).
        const output = error instanceof Error ? error : { message: String(error) }
        if (!entry.abandoned) await this.boss.fail(queue.name, job.id, output).catch(this.onError)
      } finally {
        clearTimeout(timeout)
        this.running.delete(queue.name)
        this.soon()
      }
    })().catch((error) => this.onError(error, queue.name))
    this.running.set(queue.name, entry)
  }

  /** The number of jobs this process runs now. */
  get active(): number {
    return this.running.size
  }

  /**
   * Takes no more jobs; waits for the running ones until `timeoutMs`, then fails those still running back to the
   * queue (pg-boss retries them, on another worker if this one is gone).
   */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true
    clearTimeout(this.timer)
    await this.round
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())
    await Promise.race([Promise.all([...this.running.values()].map((r) => r.done)), deadline])
    for (const entry of this.running.values()) {
      entry.abandoned = true
      await this.boss.fail(entry.name, entry.id, { message: SHUT_DOWN }).catch(this.onError)
    }
  }
}
