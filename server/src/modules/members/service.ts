import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { hashPassword } from '../../auth/passwords'
import type { AppContext } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { Language, OrganizationRow, Role } from '../../db/schema'
import { conflict, notFound } from '../../http/problem'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { findOrganizationBySlug } from '../organizations'
import { checkPasswordStrength, findUserByEmail, insertUser } from '../users'
import {
  countOwners,
  deleteMembership,
  findMembership,
  insertMembership,
  setMembershipRole,
} from './repository'

const INVITATION_DAYS = 7

/**
 * Adds a person to the organisation. An unknown address gets an account without a password and an invitation
 * mail (kept in the outbox when no SMTP server is configured) with a 7-day link to choose one.
 */
export async function addMember(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  input: { email: string; role: Role; displayName?: string | undefined; language?: Language | undefined },
) {
  const existing = await findUserByEmail(ctx.db, input.email)
  const { userId, mailId } = await ctx.db.transaction().execute(async (trx) => {
    if (existing && (await findMembership(trx, org.id, existing.id))) {
      throw conflict('This person is already a member.', [
        { path: 'body.email', message: 'Already a member' },
      ])
    }
    const user =
      existing ??
      (await insertUser(trx, {
        email: input.email,
        displayName: input.displayName ?? input.email.split('@')[0] ?? input.email,
        passwordHash: null,
        language: input.language ?? org.default_language,
      }))
    await insertMembership(trx, org.id, user.id, input.role)
    let mailId: string | null = null
    if (!existing) {
      const token = randomToken()
      await trx
        .insertInto('password_resets')
        .values({
          token_hash: hashToken(token),
          user_id: user.id,
          expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        })
        .execute()
      mailId = await queueMail(trx, ctx.encryption, {
        organizationId: org.id,
        to: user.email,
        language: user.preferred_language,
        template: 'member-invitation',
        params: {
          inviterName: actor.label,
          organizationName: org.name,
          role: input.role,
          link: `${ctx.config.publicUrl}/#/reset-password/${token}`,
        },
      })
    }
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'member.added',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email, role: input.role, invited: !existing },
    })
    return { userId: user.id, mailId }
  })
  if (mailId) await dispatchQueuedMail(ctx, [mailId])
  return userId
}

/** Changes a member's role; an organisation always keeps at least one owner. */
export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  userId: string,
  role: Role,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const member = await findMembership(trx, org.id, userId)
    if (!member) throw notFound('Member')
    if (member.role === role) return
    if (member.role === 'owner' && (await countOwners(trx, org.id)) <= 1) {
      throw conflict('The organisation needs at least one owner. Make someone else owner first.', [
        { path: 'body.role', message: 'Last owner' },
      ])
    }
    await setMembershipRole(trx, org.id, userId, role)
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      summary: { email: member.email, from: member.role, to: role },
    })
  })
}

export async function removeMember(ctx: AppContext, actor: Actor, org: OrganizationRow, userId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const member = await findMembership(trx, org.id, userId)
    if (!member) throw notFound('Member')
    if (member.role === 'owner' && (await countOwners(trx, org.id)) <= 1) {
      throw conflict('The last owner cannot be removed.')
    }
    await deleteMembership(trx, org.id, userId)
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'member.removed',
      targetType: 'user',
      targetId: userId,
      summary: { email: member.email, role: member.role },
    })
  })
}

/** Creates an account with a password and a membership (CLI `custos user create`); an existing account is added. */
export async function createUserWithMembership(
  ctx: AppContext,
  actor: Actor,
  input: {
    email: string
    displayName?: string | undefined
    password: string
    orgSlug: string
    role: Role
    language?: Language
  },
): Promise<{ userId: string; created: boolean }> {
  const org = await findOrganizationBySlug(ctx.db, input.orgSlug)
  if (!org) throw notFound(`Organisation ${input.orgSlug}`)
  const existing = await findUserByEmail(ctx.db, input.email)
  if (!existing) checkPasswordStrength(input.password)
  const passwordHash = existing ? null : await hashPassword(input.password)
  return ctx.db.transaction().execute(async (trx) => {
    if (existing && (await findMembership(trx, org.id, existing.id))) {
      throw conflict(`${existing.email} is already a member of ${org.slug}.`)
    }
    const user =
      existing ??
      (await insertUser(trx, {
        email: input.email,
        displayName: input.displayName ?? input.email.split('@')[0] ?? input.email,
        passwordHash,
        language: input.language ?? org.default_language,
      }))
    await insertMembership(trx, org.id, user.id, input.role)
    await recordAudit(trx, actor, {
      organizationId: org.id,
      action: 'member.added',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email, role: input.role, accountCreated: !existing },
    })
    return { userId: user.id, created: !existing }
  })
}
