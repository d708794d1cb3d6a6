import { z } from 'zod'
import { executeRun } from '../../connectors/engine/execute-run'
import { defineJob } from '../../jobs/define-job'

/**
 * Runs the connector engine for one run. Retried after a failure or a crash (pg-boss expiry): the engine skips
 * what is done and applies stored write plans as stored, so nothing is done twice.
 */
export const connectorsRunJob = defineJob({
  name: 'connectors.run',
  version: 1,
  schema: z.object({ runId: z.uuid() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 60 * 60,
  async run({ runId }, ctx) {
    await executeRun(ctx, runId)
  },
})
