import { sql } from 'kysely'
import { z } from 'zod'
import { defineJob } from './define-job'

/**
 * Refreshes the query planner's statistics nightly. The embedded database (PGlite) runs no autovacuum worker,
 * so without this its planner never learns table sizes and lists such as the audit log take the slow path
 * (measured in docs/benchmarks.md).
 */
export const analyzeDatabaseJob = defineJob({
  name: 'database.analyze',
  version: 1,
  schema: z.object({}),
  retryLimit: 1,
  retryDelaySeconds: 60,
  retryBackoff: false,
  cron: '17 3 * * *',
  async run(_data, ctx) {
    await sql`analyze`.execute(ctx.db)
  },
})
