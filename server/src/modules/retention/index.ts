/**
 * Public face of the retention module (issue 16, decision 0031): the register's retention rules in machine form,
 * legal holds, sweep plans and approvals, the sweeps (CLI, API, daily job) and their proof in the audit log.
 */
export { sweepsNeedingAttention } from './attention'
export { sweepEndedHolds } from './ended-holds'
export { holdsOverErasure, liftHold, placeHold } from './holds'
export { retentionSweepJob, withOrganizationSweepLock } from './jobs'
export { retentionOperations } from './operations'
export { retentionActions } from './policy'
export { registerRetentionRoutes } from './routes'
export { approvePlan, listRuleViews, retentionCalendar, updatePolicy } from './rules'
export { type PlanItem, planRetention, runRetention, type SweepOutcome } from './sweep'
export { retentionSweepNowJob } from './sweep-request-job'
