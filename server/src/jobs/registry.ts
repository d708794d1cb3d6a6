import { deliverMailJob } from '../mail/deliver-job'
import { purgeMailBodiesJob } from '../mail/purge-bodies-job'
import { sweepMailJob } from '../mail/sweep-job'
import { actionPlanDigestJob, actionPlanSweepJob } from '../modules/action-plan'
import { passwordResetJob, purgeSessionsJob } from '../modules/auth'
import { breachAffectedCountJob, breachRemindersJob } from '../modules/breaches'
import { complianceSnapshotJob, complianceSweepJob } from '../modules/compliance'
import { connectorsRunJob, resumeStaleRunsJob } from '../modules/connector-runs'
import { expireConsentsJob, propagateWithdrawalJob, propagationSweepJob } from '../modules/consent'
import { cookieScanJob, requestedCookieScanJob } from '../modules/cookies'
import { discoverDatasetJob, sweepDiscoveriesJob } from '../modules/datasets'
import { dpiaSweepJob } from '../modules/dpia'
import { purgePackagesJob } from '../modules/packages'
import { contractEndJob, processorReviewsJob, subprocessorChangesJob } from '../modules/processors'
import { requestRemindersJob } from '../modules/requests'
import { retentionSweepJob, retentionSweepNowJob } from '../modules/retention'
import { deliverWebhooksJob, purgeWebhooksJob } from '../modules/webhooks'
import { auditCheckpointJob } from './audit-checkpoint'
import { analyzeDatabaseJob } from './database-analyze'
import { purgeIdempotencyKeysJob } from './idempotency-purge'
import type { JobDefinition } from './types'

/**
 * Every job the application knows; each role starts the queue with this list. A feature's jobs live in its module
 * and come through its face (index.ts); jobs/ keeps only the infrastructural ones (audit checkpoint, analyze).
 */
// biome-ignore lint/suspicious/noExplicitAny: definitions of different payload types live in one list
export function allJobs(): JobDefinition<any>[] {
  return [
    deliverMailJob,
    sweepMailJob,
    purgeSessionsJob,
    analyzeDatabaseJob,
    requestRemindersJob,
    connectorsRunJob,
    contractEndJob,
    resumeStaleRunsJob,
    discoverDatasetJob,
    sweepDiscoveriesJob,
    purgePackagesJob,
    purgeMailBodiesJob,
    auditCheckpointJob,
    passwordResetJob,
    deliverWebhooksJob,
    purgeWebhooksJob,
    breachRemindersJob,
    breachAffectedCountJob,
    purgeIdempotencyKeysJob,
    retentionSweepJob,
    retentionSweepNowJob,
    subprocessorChangesJob,
    processorReviewsJob,
    actionPlanSweepJob,
    actionPlanDigestJob,
    dpiaSweepJob,
    complianceSweepJob,
    complianceSnapshotJob,
    cookieScanJob,
    requestedCookieScanJob,
    expireConsentsJob,
    propagateWithdrawalJob,
    propagationSweepJob,
  ]
}
