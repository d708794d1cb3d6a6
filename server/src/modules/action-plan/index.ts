/**
 * Public face of the action plan (issue 21, decision 0037). Other modules report causes through
 * `openAutomaticAction` / `closeAutomaticAction` (idempotent by source + sourceKey, in their own transaction), or
 * `reconcileAutomaticActions` when they sweep and can list every current cause. See docs/action-plan.md.
 */
export { DIGEST_SOON_DAYS, digestRecipients, isoWeekOf, sendActionDigests } from './digest'
export { actionPlanDigestJob, actionPlanSweepJob } from './jobs'
export { actionPlanOperations } from './operations'
export { actionPlanActions } from './policy'
export { presentAction } from './presenter'
export { findAction, listActions } from './repository'
export { actionSchema, registerActionPlanRoutes } from './routes'
export {
  type AutomaticCause,
  changeAction,
  closeAutomaticAction,
  createAction,
  type LocalizedTitle,
  openAutomaticAction,
  reconcileAutomaticActions,
} from './service'
export { REQUEST_OVERDUE_SOURCE, sweepAllOverdueRequests, sweepOverdueRequests } from './sources'
