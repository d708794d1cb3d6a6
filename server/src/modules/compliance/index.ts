/**
 * Public face of the compliance overview (issue 21 item 4): per organisation and across a consultant's
 * organisations, the indicators read through the other modules' faces.
 */
export { AGREEMENT_MISSING_SOURCE, sweepAllComplianceCauses, sweepComplianceCauses } from './causes'
export { INDICATORS, type Indicator, indicatorsOf, urgencyOf } from './indicators'
export { complianceSweepJob } from './jobs'
export { complianceOperations } from './operations'
export { complianceActions } from './policy'
export { registerComplianceRoutes } from './routes'
