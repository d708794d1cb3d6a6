/** Public face of the register module: the record of processing activities (Art. 30), its entries and reports. */
export { registerCatalogueRoutes } from './catalogue-routes'
export { registerRegisterDocumentRoutes } from './document-routes'
export type { RegisterEntry, RegisterEntryVersion } from './entry'
export { registerRegisterEntryRoutes } from './entry-routes'
export { type ImportOptions, type ImportReport, importRegister } from './import'
export { type EntryKind, KIND_BY_NAME } from './kinds'
export { noticeSettingsFindings, noticeSettingsOf, saveNoticeSettings } from './notice-settings'
export { registerOperations } from './operations'
export { registerActions, registerEntryActions, registerEntryPermissions } from './policy'
export { provideRetentionEnforcement } from './report-extras'
export { findingSchema, registerRegisterReportRoutes } from './report-routes'
export { activityVersions } from './repository'
export {
  deleteEntry,
  findOrganizationOrFail,
  loadRegister,
  REGISTER_CHANNEL,
  registerRevisionOf,
  saveEntry,
} from './service'
