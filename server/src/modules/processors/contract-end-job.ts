import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { completeContractEnd } from './contract-end-carry-out'

/**
 * Carries out the end of a contract with a client (return or destroy): the engine run, then the package or the
 * outcome the certificate is drawn from. Retried after a failure or a crash: the engine skips what is done.
 */
export const contractEndJob = defineJob({
  name: 'processors.contract-end',
  version: 1,
  schema: z.object({ id: z.uuid() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 60 * 60,
  async run({ id }, ctx) {
    await completeContractEnd(ctx, id)
  },
})
