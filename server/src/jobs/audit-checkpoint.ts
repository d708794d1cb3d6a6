import { z } from 'zod'
import { appendCheckpoint } from '../audit/checkpoint'
import { defineJob } from './define-job'

/** Every hour, anchors the audit chain head outside the database (CUSTOS_AUDIT_CHECKPOINT_FILE). */
export const auditCheckpointJob = defineJob({
  name: 'audit.checkpoint',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '5 * * * *',
  async run(_data, ctx) {
    const path = ctx.config.auditCheckpointFile
    const outcome = await appendCheckpoint(ctx.db, path, new Date())
    if (outcome.written) ctx.logger.info({ seq: outcome.checkpoint.seq, path }, 'Audit checkpoint written')
    else if (outcome.reason === 'chain-diverged')
      ctx.logger.error(
        { path, head: outcome.checkpoint.seq },
        'Audit chain no longer contains the last checkpoint: events were removed or rewritten; run custos audit verify --checkpoint',
      )
  },
})
