/** Public face of the me module: the signed-in user's own profile, password and second factor. */

export { meOperations } from './operations'
export { registerMeRoutes } from './routes'
export { changePassword, describeMe, disableTotp, enableTotp, startTotpSetup, updateProfile } from './service'
