/**
 * Public face of the cookies module (issue 18, decision 0034): the cookie inventory, the banner (/c/{slug}.js),
 * the declaration (/p/{slug}/cookies), the scanner and its monthly job.
 */
export { bannerBundles } from './assets'
export { recordServed, storeChoice } from './choices'
export { cookieSetupOf, saveInventory, saveSiteSettings } from './inventory'
export { cookieScanJob, requestedCookieScanJob } from './jobs'
export { cookieOperations } from './operations'
export { cookieActions } from './policy'
export { registerCookiePublicRoutes } from './public-routes'
export { bannerEventsOf } from './repository'
export { registerCookieRoutes } from './routes'
export { scanSite } from './scanner'
export { requestCookieScan, runCookieScan, scansOf } from './scans'
