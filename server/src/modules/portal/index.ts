/** Public face of the portal module: the public pages of an organisation (privacy notice, request form, downloads). */
export { registerDownloadPortalRoutes } from './download-routes'
export { registerPrivacyPortalRoutes } from './privacy-routes'
export { PORTAL_FORM_BODY_LIMIT, registerRequestPortalRoutes } from './request-routes'
export { registerSubprocessorPortalRoutes } from './subprocessors-routes'
