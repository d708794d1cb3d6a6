import type { z } from 'zod'
import type { AppContext } from '../context'

/**
 * A typed, versioned job (decision 0025). Its payload is validated with `schema` when sent and when run, and is
 * stored as `{ version, payload }`. Raise `version` whenever the payload's shape changes and give `upgrade` the
 * step from the older shapes: a job queued by an older release is then upgraded before it runs. A payload of a
 * version the definition cannot read (older without `upgrade`, or newer) fails with a logged reason; it never
 * runs as if it were current.
 */
export interface JobDefinition<T> {
  name: string
  /** The payload version this code sends and runs, from 1. */
  version: number
  /** The payload of the current version. */
  schema: z.ZodType<T>
  /**
   * Turns a payload stored by version `from` (1 <= from < version) into one of the current version; it is then
   * checked with `schema`. Payloads queued before jobs carried versions count as version 1.
   */
  upgrade?: (payload: unknown, from: number) => unknown
  /** Attempts after the first failure (pg-boss retryLimit). */
  retryLimit: number
  retryDelaySeconds: number
  retryBackoff: boolean
  expireInSeconds?: number
  /**
   * pg-boss queue policy. 'standard' (the default) queues every job; 'short' keeps at most one waiting job per
   * singleton key (a job without a key counts as the empty key), which is what `SendOptions.singletonKey` needs.
   */
  policy?: 'standard' | 'short'
  /** Cron expression (UTC) for periodic jobs, run by the scheduler role. */
  cron?: string
  run(data: T, ctx: AppContext): Promise<void>
}

export interface SendOptions {
  /**
   * Jobs with the same singleton key are not queued twice while one is waiting (on queues with policy 'short';
   * `send` then returns null). On 'standard' queues the key is only recorded.
   */
  singletonKey?: string
  startAfterSeconds?: number
}

export interface JobQueue {
  send<T>(job: JobDefinition<T>, data: T, options?: SendOptions): Promise<string | null>
  /**
   * Stops taking jobs and waits up to `timeoutMs` (default 30 s) for the running ones; those still running then
   * are failed back to the queue, which retries them on another worker.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>
}
