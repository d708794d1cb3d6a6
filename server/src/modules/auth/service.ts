import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { hashPassword, verifyPassword } from '../../auth/passwords'
import { type AppContext, inTransaction } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import { BadRequest, TooManyRequests, Unauthenticated } from '../../domain/errors'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import {
  checkPasswordStrength,
  claimTotpStep,
  findUserByEmail,
  findUserById,
  updateUser,
  userNotFound,
} from '../users'
import { loginThrottle } from './login-throttle'
import { passwordResetJob } from './password-reset-job'
import { issuePasswordToken } from './password-tokens'
import { completeSecondFactor, deleteSessionsOfUser, insertSession } from './session-repository'
import { verifyTotp } from './totp'

export interface NewSession {
  token: string
  csrfToken: string
  expiresAt: Date
  secondFactorRequired: boolean
}

const INVALID_LOGIN = new Unauthenticated('The e-mail address or password is incorrect.', 'invalid_login')
const TOO_MANY = new TooManyRequests(
  'too_many_sign_in_attempts',
  'Too many failed sign-in attempts. Try again in 15 minutes.',
  { params: { minutes: 15 } },
)
const RESET_MINUTES = 60

/** E-mail + password sign-in. The same answer and the same work for unknown addresses and wrong passwords. */
export async function login(
  ctx: AppContext,
  input: { email: string; password: string; ip: string | null; userAgent: string | null },
  now: () => Date = () => new Date(),
): Promise<NewSession> {
  const throttle = loginThrottle(ctx.db, ctx.encryption, ctx.config.loginMaxFailures, now)
  if (await throttle.isLocked(input.email, input.ip)) throw TOO_MANY
  const user = await findUserByEmail(ctx.db, input.email)
  const ok = await verifyPassword(user?.password_hash, input.password)
  if (!user || !ok) {
    await throttle.recordFailure(input.email, input.ip)
    throw INVALID_LOGIN
  }
  // With two-step verification the source becomes known (and its failures cleared) only once the code is right.
  if (!user.totp_enabled) await throttle.recordSuccess(input.email, input.ip)
  const token = randomToken()
  const session = {
    id: hashToken(token),
    userId: user.id,
    csrfToken: randomToken(24),
    secondFactorPending: user.totp_enabled,
    expiresAt: new Date(Date.now() + ctx.config.sessionHours * 3_600_000),
    ip: input.ip,
    userAgent: input.userAgent,
  }
  await insertSession(ctx.db, session)
  return {
    token,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    secondFactorRequired: user.totp_enabled,
  }
}

export async function completeTotpLogin(
  ctx: AppContext,
  session: { sessionId: string; userId: string; email: string },
  code: string,
  ip: string | null,
  now: () => Date = () => new Date(),
) {
  const throttle = loginThrottle(ctx.db, ctx.encryption, ctx.config.loginMaxFailures, now)
  if (await throttle.isLocked(session.email, ip)) throw TOO_MANY
  const user = await findUserById(ctx.db, session.userId)
  const secret = user?.totp_secret ? ctx.encryption.decrypt(user.totp_secret, `totp:${user.id}`) : null
  const step = secret ? verifyTotp(secret, code, now()) : null
  // A code is accepted once: a step not later than the last one used is refused like a wrong code.
  if (!user || step === null || !(await claimTotpStep(ctx.db, user.id, step))) {
    await throttle.recordFailure(session.email, ip)
    throw new Unauthenticated('The code is not valid.', 'invalid_totp_code', {
      fields: [{ path: 'body.code', message: 'Invalid code', code: 'invalid_code' }],
    })
  }
  await throttle.recordSuccess(session.email, ip)
  await completeSecondFactor(ctx.db, session.sessionId)
}

export const PASSWORD_RESET_CONTEXT = 'password-reset-request'

/**
 * Answers every reset request with the same work, whether the address is known or not: the address is encrypted
 * and handed to the `auth.password-reset` job, which looks it up and, for a known account only, queues the mail.
 * Nothing in the request's duration depends on the account existing.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const sealed = ctx.encryption.encrypt(email.trim().toLowerCase(), PASSWORD_RESET_CONTEXT)
  await ctx.jobs.send(passwordResetJob, { email: sealed })
}

/** Run by the job: only a known address gets a mail with a one-hour, single-use link. */
export async function sendPasswordResetMail(ctx: AppContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email)
  if (!user) return
  const mailId = await inTransaction(ctx, async (ctx) => {
    const token = await issuePasswordToken(ctx.db, user.id, new Date(Date.now() + RESET_MINUTES * 60_000))
    return queueMail(ctx.db, ctx.encryption, {
      organizationId: null,
      to: user.email,
      language: user.preferred_language,
      template: 'password-reset',
      params: {
        name: user.display_name,
        link: `${ctx.config.publicUrl}/#/reset-password/${token}`,
        expiresInMinutes: RESET_MINUTES,
      },
    })
  })
  await dispatchQueuedMail(ctx, [mailId])
}

/** Sets a new password from a reset or invitation link; every existing session of the account ends. */
export async function confirmPasswordReset(
  ctx: AppContext,
  token: string,
  password: string,
  requestId: string,
) {
  checkPasswordStrength(password, 'body.password')
  const passwordHash = await hashPassword(password)
  await inTransaction(ctx, async (ctx) => {
    const reset = await ctx.db
      .updateTable('password_resets')
      .set({ used_at: new Date() })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date())
      .returning('user_id')
      .executeTakeFirst()
    if (!reset) {
      throw new BadRequest('invalid_reset_link', 'This link is invalid or has expired. Ask for a new one.', {
        fields: [{ path: 'body.token', message: 'Invalid or expired token', code: 'invalid_token' }],
      })
    }
    const user = await updateUser(ctx.db, reset.user_id, { password_hash: passwordHash })
    await deleteSessionsOfUser(ctx.db, user.id)
    await recordAudit(
      ctx.db,
      { type: 'user', id: user.id, label: user.email, requestId },
      {
        organizationId: null,
        action: 'user.password_reset',
        targetType: 'user',
        targetId: user.id,
        summary: { email: user.email },
      },
    )
  })
}

/** Sets a password from the command line (installations without SMTP); every session of the account ends. */
export async function setPasswordByEmail(ctx: AppContext, actor: Actor, email: string, password: string) {
  checkPasswordStrength(password)
  const user = await findUserByEmail(ctx.db, email)
  if (!user) throw userNotFound(email)
  const passwordHash = await hashPassword(password)
  await inTransaction(ctx, async (ctx) => {
    await updateUser(ctx.db, user.id, { password_hash: passwordHash })
    await deleteSessionsOfUser(ctx.db, user.id)
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.password_set',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email },
    })
  })
}
