/** Public face of the auth module: sign-in, sessions, second factor, password reset. */

export { authOperations } from './operations'
export { passwordResetJob } from './password-reset-job'
export { issuePasswordToken } from './password-tokens'
export { requirePendingOrUser } from './pending-user'
export { registerAuthRoutes } from './routes'
export {
  completeTotpLogin,
  confirmPasswordReset,
  login,
  type NewSession,
  PASSWORD_RESET_CONTEXT,
  requestPasswordReset,
  sendPasswordResetMail,
  setPasswordByEmail,
} from './service'
export { deleteSessionsOfUser, findLiveSession, type SessionRecord } from './session-repository'
export { type PurgeCounts, purgeExpiredSessions, purgeSessionsJob } from './sessions-purge-job'
export { currentTotp, newTotpSecret, TOTP_PERIOD_SECONDS, totpUri, verifyTotp } from './totp'
