import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { PASSWORD_RESET_CONTEXT, sendPasswordResetMail } from './service'

/** Looks up the (encrypted) address of a reset request and queues the mail when an account has it. */
export const passwordResetJob = defineJob({
  name: 'auth.password-reset',
  version: 1,
  schema: z.object({ email: z.string().min(1).max(2000) }),
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  async run({ email }, ctx) {
    await sendPasswordResetMail(ctx, ctx.encryption.decrypt(email, PASSWORD_RESET_CONTEXT))
  },
})
