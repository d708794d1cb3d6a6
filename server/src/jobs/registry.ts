import { deliverMailJob } from '../mail/deliver-job'
import { purgeMailBodiesJob } from '../mail/purge-bodies-job'
import { sweepMailJob } from '../mail/sweep-job'
import { passwordResetJob } from '../modules/auth'
import { purgePackagesJob } from '../modules/packages'
import { requestRemindersJob } from '../modules/requests'
import { auditCheckpointJob } from './audit-checkpoint'
import { resumeStaleRunsJob } from './connectors-resume'
import { connectorsRunJob } from './connectors-run'
import { analyzeDatabaseJob } from './database-analyze'
import { purgeSessionsJob } from './sessions-purge'
import type { JobDefinition } from './types'

/** Every job the application knows; each role starts the queue with this list. */
// biome-ignore lint/suspicious/noExplicitAny: definitions of different payload types live in one list
export function allJobs(): JobDefinition<any>[] {
  return [
    deliverMailJob,
    sweepMailJob,
    purgeSessionsJob,
    analyzeDatabaseJob,
    requestRemindersJob,
    connectorsRunJob,
    resumeStaleRunsJob,
    purgePackagesJob,
    purgeMailBodiesJob,
    auditCheckpointJob,
    passwordResetJob,
  ]
}
