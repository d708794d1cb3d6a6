/** Public face of the register module: the record of processing activities (Art. 30), its entries and reports. */
export { registerCatalogueRoutes } from './catalogue-routes'
export { registerRegisterDocumentRoutes } from './document-routes'
export { registerRegisterEntryRoutes } from './entry-routes'
export { type ImportOptions, type ImportReport, importRegister } from './import'
export { registerOperations } from './operations'
export { registerActions, registerEntryActions, registerEntryPermissions } from './policy'
export { registerRegisterReportRoutes } from './report-routes'
export { deleteEntry, findOrganizationOrFail, loadRegister, saveEntry } from './service'
