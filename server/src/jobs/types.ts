import type { z } from 'zod'
import type { AppContext } from '../context'

/** A typed, versioned job: its payload is validated with `schema` when sent and when run. */
export interface JobDefinition<T> {
  name: string
  schema: z.ZodType<T>
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
  stop(): Promise<void>
}
