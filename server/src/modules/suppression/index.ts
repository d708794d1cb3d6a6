/**
 * Public face of the suppression module (issue 17 item 3, decision 0033): suppression entries kept as keyed
 * hashes, the DNCM list and its consultations, opt-ins, the marketing check for one person and a campaign file.
 */
export { checkCampaignFile } from './bulk-check'
export { type CheckAnswer, type ContactInput, checkContact, createChecker } from './check'
export { type DncmImportSummary, importDncmFile } from './dncm-import'
export { addOptIn, addSuppression, removeOptIn, removeSuppression, suppressObjection } from './entries'
export { suppressionOperations } from './operations'
export { suppressionOverview } from './overview'
export { suppressionActions } from './policy'
export { importRobinsonFile, type RobinsonImportSummary } from './robinson-import'
export { registerSuppressionRoutes } from './routes'
