import { z } from 'zod'
import type { AppContext } from '../../context'
import { defineJob } from '../../jobs/define-job'
import { MAX_ATTEMPTS, runPropagation, stalePropagations } from './propagation'

/**
 * Tells one system of a withdrawal (its `consentWithdrawal` call). A failed call keeps its error on the row and
 * fails the job, so the queue retries it with backoff (1, 2, 4, 8 minutes); after MAX_ATTEMPTS calls the row is
 * `failed` and the job ends quietly. When the system answered 429/503 with a Retry-After (review m16), the next
 * attempt is queued for that moment instead (at most 30 minutes ahead) and this job ends quietly: the attempts
 * are counted on the row, so the limit is the same.
 */
export const propagateWithdrawalJob = defineJob({
  name: 'consent.propagate-withdrawal',
  version: 1,
  schema: z.object({ propagationId: z.uuid() }),
  retryLimit: MAX_ATTEMPTS - 1,
  retryDelaySeconds: 60,
  retryBackoff: true,
  async run(data, ctx) {
    const retryAfter: { seconds?: number } = {}
    const outcome = await runPropagation(ctx, data.propagationId, { retryAfter })
    if (outcome !== 'retry') return
    if (retryAfter.seconds !== undefined) {
      await sendPropagations(ctx, [data.propagationId], retryAfter.seconds)
      return
    }
    throw new Error(`The withdrawal call ${data.propagationId} failed; the queue retries it`)
  },
})

/** Queues the calls of propagations (new ones after the withdrawal committed: at once; else after a wait). */
export async function sendPropagations(
  ctx: AppContext,
  ids: readonly string[],
  startAfterSeconds?: number,
): Promise<void> {
  for (const propagationId of ids)
    await ctx.jobs.send(
      propagateWithdrawalJob,
      { propagationId },
      startAfterSeconds === undefined ? undefined : { startAfterSeconds },
    )
}

/** Every 15 minutes: a pending propagation untouched for an hour lost its job (a crash before it was queued). */
export const propagationSweepJob = defineJob({
  name: 'consent.propagation-sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    const ids = await stalePropagations(ctx.db, 3_600_000)
    await sendPropagations(ctx, ids)
    if (ids.length > 0) ctx.logger.info({ propagations: ids.length }, 'Queued lost withdrawal calls again')
  },
})
