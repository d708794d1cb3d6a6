/**
 * Public face of the DPIA module (issue 21, decision 0037): screening per activity, its causes in the action plan.
 */
export { exportDpiaFile, importDpiaFile } from './dpia-file-import'
export { dpiaSweepJob } from './jobs'
export { dpiaOperations } from './operations'
export { dpiaActions } from './policy'
export { registerDpiaRoutes } from './routes'
export {
  ASSESSMENT_DUE_SOURCE,
  confirmScreening,
  SCREENING_MISSING_SOURCE,
  SCREENING_STALE_SOURCE,
  screeningsOf,
  sweepAllDpiaActions,
  sweepDpiaActions,
} from './screening'
