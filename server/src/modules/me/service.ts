import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { hashPassword, verifyPassword } from '../../auth/passwords'
import { mayCreateOrganizations } from '../../auth/policy'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { Conflict, InvalidInput, Unauthenticated } from '../../domain/errors'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { deleteSessionsOfUser, newTotpSecret, totpUri, verifyTotp } from '../auth'
import { membershipsOf } from '../organizations'
import { checkPasswordStrength, claimTotpStep, findUserById, updateUser } from '../users'

async function loadUser(ctx: AppContext, userId: string) {
  const user = await findUserById(ctx.db, userId)
  if (!user) throw new Unauthenticated('The account no longer exists.', 'account_gone')
  return user
}

export async function describeMe(ctx: AppContext, userId: string) {
  const user = await loadUser(ctx, userId)
  const memberships = await membershipsOf(ctx, userId)
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      preferredLanguage: user.preferred_language,
      totpEnabled: user.totp_enabled,
      actionDigest: user.action_digest,
    },
    canCreateOrganizations: mayCreateOrganizations(ctx.config.orgCreation, user),
    installationAdmin: user.installation_admin,
    publicUrl: ctx.config.publicUrl,
    memberships,
  }
}

export async function updateProfile(
  ctx: AppContext,
  actor: Actor & { id: string },
  changes: {
    displayName?: string | undefined
    preferredLanguage?: Language | undefined
    actionDigest?: boolean | undefined
  },
) {
  await inTransaction(ctx, async (ctx) => {
    const before = await findUserById(ctx.db, actor.id)
    const after = await updateUser(ctx.db, actor.id, {
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.preferredLanguage !== undefined ? { preferred_language: changes.preferredLanguage } : {}),
      ...(changes.actionDigest !== undefined ? { action_digest: changes.actionDigest } : {}),
    })
    const changed = Object.fromEntries(
      [
        ['displayName', before?.display_name, after.display_name],
        ['preferredLanguage', before?.preferred_language, after.preferred_language],
        ['actionDigest', before?.action_digest, after.action_digest],
      ]
        .filter(([, from, to]) => from !== to)
        .map(([field, from, to]) => [field, { from, to }]),
    )
    if (Object.keys(changed).length === 0) return
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.profile_updated',
      targetType: 'user',
      targetId: actor.id,
      summary: changed,
    })
  })
}

export async function changePassword(
  ctx: AppContext,
  actor: Actor & { id: string },
  sessionId: string,
  current: string,
  next: string,
) {
  const user = await loadUser(ctx, actor.id)
  if (!(await verifyPassword(user.password_hash, current))) {
    throw new InvalidInput(
      [{ path: 'body.currentPassword', message: 'Incorrect password', code: 'wrong_password' }],
      'The current password is not correct.',
      'wrong_password',
    )
  }
  checkPasswordStrength(next, 'body.newPassword')
  const passwordHash = await hashPassword(next)
  await inTransaction(ctx, async (ctx) => {
    await updateUser(ctx.db, user.id, { password_hash: passwordHash })
    await deleteSessionsOfUser(ctx.db, user.id, sessionId)
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.password_changed',
      targetType: 'user',
      targetId: user.id,
      summary: { otherSessionsEnded: true },
    })
  })
}

/** Starts TOTP enrolment: a new secret is stored encrypted but only takes effect once a code confirms it. */
export async function startTotpSetup(ctx: AppContext, userId: string) {
  const user = await loadUser(ctx, userId)
  if (user.totp_enabled) throw new Conflict('totp_already_enabled', 'Two-step verification is already on.')
  const secret = newTotpSecret()
  await updateUser(ctx.db, user.id, { totp_secret: ctx.encryption.encrypt(secret, `totp:${user.id}`) })
  const uri = totpUri(secret, user.email)
  return {
    secret,
    otpauthUri: uri,
    qrCodeSvg: await (await import('qrcode')).default.toString(uri, { type: 'svg', margin: 1 }),
  }
}

export async function enableTotp(
  ctx: AppContext,
  actor: Actor & { id: string },
  code: string,
  now: Date = new Date(),
) {
  const user = await loadUser(ctx, actor.id)
  const secret = user.totp_secret ? ctx.encryption.decrypt(user.totp_secret, `totp:${user.id}`) : null
  const step = secret ? verifyTotp(secret, code, now) : null
  // The code that turns the second factor on cannot be used again to sign in.
  if (step === null || !(await claimTotpStep(ctx.db, user.id, step))) {
    throw new InvalidInput(
      [{ path: 'body.code', message: 'Invalid code', code: 'invalid_code' }],
      'The code is not valid.',
      'invalid_totp_code',
    )
  }
  const mailId = await inTransaction(ctx, async (ctx) => {
    await updateUser(ctx.db, user.id, { totp_enabled: true })
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.totp_enabled',
      targetType: 'user',
      targetId: user.id,
      summary: {},
    })
    return queueMail(ctx.db, ctx.encryption, {
      organizationId: null,
      to: user.email,
      language: user.preferred_language,
      template: 'second-factor-enabled',
      params: { name: user.display_name },
    })
  })
  await dispatchQueuedMail(ctx, [mailId])
}

export async function disableTotp(ctx: AppContext, actor: Actor & { id: string }, password: string) {
  const user = await loadUser(ctx, actor.id)
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new InvalidInput(
      [{ path: 'body.password', message: 'Incorrect password', code: 'wrong_password' }],
      'The password is not correct.',
      'wrong_password',
    )
  }
  await inTransaction(ctx, async (ctx) => {
    await updateUser(ctx.db, user.id, { totp_enabled: false, totp_secret: null })
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: 'user.totp_disabled',
      targetType: 'user',
      targetId: user.id,
      summary: {},
    })
  })
}
