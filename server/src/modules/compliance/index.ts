/**
 * Public face of the compliance overview (issue 21 item 4): per organisation and across a consultant's
 * organisations, the indicators read through the other modules' faces.
 */
export {
  AGREEMENT_MISSING_SOURCE,
  BREACH_CLOCK_SOURCE,
  CAUSE_SOURCES,
  COOKIE_BEFORE_CONSENT_SOURCE,
  DNCM_STALE_SOURCE,
  RETENTION_SWEEP_SOURCE,
  sweepAllComplianceCauses,
  sweepComplianceCauses,
} from './causes'
export { INDICATORS, type Indicator, indicatorsOf, urgencyOf } from './indicators'
export { complianceSnapshotJob, complianceSweepJob } from './jobs'
export { complianceOperations } from './operations'
export { complianceActions } from './policy'
export { registerComplianceRoutes } from './routes'
export { TREND_DAYS, type Trend, takeAllSnapshots, takeSnapshot, trendOf } from './snapshots'
