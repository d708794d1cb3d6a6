import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { hashPassword } from '../../auth/passwords'
import { type AppContext, inTransaction } from '../../context'
import type { Language, Role } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { issuePasswordToken } from '../auth'
import type { Organization } from '../organizations'
import { findOrganizationBySlug } from '../organizations'
import { checkPasswordStrength, findUserByEmail, insertUser } from '../users'
import {
  countOwners,
  deleteMembership,
  findMembership,
  insertMembership,
  listMembers,
  lockOrganizationMembers,
  type Member,
  setMembershipRole,
} from './repository'

const INVITATION_DAYS = 7

const alreadyMember = (path: string, message = 'This person is already a member.') =>
  new Conflict('already_member', message, {
    fields: [{ path, code: 'already_member', message: 'Already a member' }],
  })

const lastOwner = (path: string) =>
  new Conflict('last_owner', 'The organisation needs at least one owner. Make someone else owner first.', {
    fields: [{ path, code: 'last_owner', message: 'Last owner' }],
  })

/**
 * Adds a person to the organisation. An unknown address gets an account without a password and an invitation
 * mail (kept in the outbox when no SMTP server is configured) with a 7-day link to choose one.
 */
export async function addMember(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: { email: string; role: Role; displayName?: string | undefined; language?: Language | undefined },
) {
  const existing = await findUserByEmail(ctx.db, input.email)
  const { userId, mailId } = await inTransaction(ctx, async (ctx) => {
    if (existing && (await findMembership(ctx.db, org.id, existing.id))) throw alreadyMember('body.email')
    const user =
      existing ??
      (await insertUser(ctx.db, {
        email: input.email,
        displayName: input.displayName ?? input.email.split('@')[0] ?? input.email,
        passwordHash: null,
        language: input.language ?? org.defaultLanguage,
      }))
    await insertMembership(ctx.db, org.id, user.id, input.role)
    let mailId: string | null = null
    if (!existing) {
      const token = await issuePasswordToken(
        ctx.db,
        user.id,
        new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      )
      mailId = await queueMail(ctx.db, ctx.encryption, {
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
    await recordAudit(ctx.db, actor, {
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

/** The organisation's members, by name. */
export function membersOf(ctx: AppContext, org: Organization): Promise<Member[]> {
  return listMembers(ctx.db, org.id)
}

/** Changes a member's role; an organisation always keeps at least one owner. */
export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  userId: string,
  role: Role,
) {
  await inTransaction(ctx, async (ctx) => {
    await lockOrganizationMembers(ctx.db, org.id)
    const member = await findMembership(ctx.db, org.id, userId)
    if (!member) throw new NotFound('member')
    if (member.role === role) return
    if (member.role === 'owner' && (await countOwners(ctx.db, org.id)) <= 1) throw lastOwner('body.role')
    await setMembershipRole(ctx.db, org.id, userId, role)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      summary: { email: member.email, from: member.role, to: role },
    })
  })
}

export async function removeMember(ctx: AppContext, actor: Actor, org: Organization, userId: string) {
  await inTransaction(ctx, async (ctx) => {
    await lockOrganizationMembers(ctx.db, org.id)
    const member = await findMembership(ctx.db, org.id, userId)
    if (!member) throw new NotFound('member')
    if (member.role === 'owner' && (await countOwners(ctx.db, org.id)) <= 1) throw lastOwner('params.userId')
    await deleteMembership(ctx.db, org.id, userId)
    await recordAudit(ctx.db, actor, {
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
  if (!org) throw new NotFound('organization', `Organisation ${input.orgSlug} was not found.`)
  const existing = await findUserByEmail(ctx.db, input.email)
  if (!existing) checkPasswordStrength(input.password)
  const passwordHash = existing ? null : await hashPassword(input.password)
  return inTransaction(ctx, async (ctx) => {
    if (existing && (await findMembership(ctx.db, org.id, existing.id))) {
      throw alreadyMember('email', `${existing.email} is already a member of ${org.slug}.`)
    }
    const user =
      existing ??
      (await insertUser(ctx.db, {
        email: input.email,
        displayName: input.displayName ?? input.email.split('@')[0] ?? input.email,
        passwordHash,
        language: input.language ?? org.defaultLanguage,
      }))
    await insertMembership(ctx.db, org.id, user.id, input.role)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'member.added',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email, role: input.role, accountCreated: !existing },
    })
    return { userId: user.id, created: !existing }
  })
}
