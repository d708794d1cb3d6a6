import { sql } from 'kysely'
import type { AppContext } from '../../src/context'
import { readJobPayload } from '../../src/jobs/payload'
import type { JobDefinition } from '../../src/jobs/types'

/**
 * Runs, in this process, the jobs of one kind that the queue holds (test contexts only send). Each job is taken
 * out of the queue first, as a worker would, so a second call does not run it again. Returns the payloads run.
 */
export async function runQueuedJobs<T>(ctx: AppContext, job: JobDefinition<T>): Promise<unknown[]> {
  const taken = await sql<{ data: unknown }>`
    delete from pgboss.job where name = ${job.name} and state = 'created' returning data`.execute(ctx.db)
  for (const row of taken.rows) await job.run(readJobPayload(job, row.data), ctx)
  return taken.rows.map((r) => r.data)
}
