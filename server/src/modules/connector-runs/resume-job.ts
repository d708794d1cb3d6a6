import { z } from 'zod'
import { executeRun, RunBusyError } from '../../connectors/engine/execute-run'
import { runsWithDeadLease } from '../../connectors/engine/run-repository'
import type { AppContext } from '../../context'
import { defineJob } from '../../jobs/define-job'

/** Runs resumed per sweep at most; the next minute takes the rest. */
const SWEEP_BATCH = 20

/**
 * Resumes the runs whose worker died (a crash, kill -9, a lost machine): a run still "running" whose lease was not
 * renewed for CUSTOS_CONNECTOR_STALE_MINUTES is executed here, from where it stopped - finished steps are skipped
 * and stored write plans applied as stored, so nothing is done twice. Another process that claims the run first
 * wins (the claim is atomic); a run that fails is recorded as failed, as any run. Returns the runs this call took.
 */
export async function resumeStaleRuns(ctx: AppContext): Promise<string[]> {
  const resumed: string[] = []
  for (const runId of await runsWithDeadLease(ctx.db, SWEEP_BATCH)) {
    ctx.logger.warn({ run: runId }, 'Connector run without heartbeat: resuming it')
    try {
      await executeRun(ctx, runId)
      resumed.push(runId)
    } catch (error) {
      if (error instanceof RunBusyError) continue
      // The run records its own failure; the sweep goes on with the next one.
      resumed.push(runId)
      ctx.logger.warn({ err: error, run: runId }, 'Resumed connector run failed')
    }
  }
  return resumed
}

/** Every minute (scheduler role plants it, a worker runs it): no run stays "running" after its worker died. */
export const resumeStaleRunsJob = defineJob({
  name: 'connectors.resume-stale',
  version: 1,
  schema: z.object({}),
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60 * 60,
  policy: 'short',
  cron: '* * * * *',
  async run(_data, ctx) {
    await resumeStaleRuns(ctx)
  },
})
