import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { isCommonPassword } from '../../auth/common-passwords'
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/passwords'
import type { AppContext } from '../../context'
import type { Language, Role } from '../../db/schema'
import { conflict, invalid, notFound } from '../../http/problem'
import { deleteSessionsOfUser } from '../auth/session-repository'
import { findMembership, insertMembership } from '../members/repository'
import { findOrganizationBySlug } from '../organizations/repository'
import { findUserByEmail, insertUser, updateUser } from './repository'

/** Length, and not a common breached password (ASVS 2.1.7); `path` names the field in the problem. */
export function checkPasswordStrength(password: string, path = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw invalid([{ path, message: `Between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters` }])
  }
  if (isCommonPassword(password)) {
    throw invalid(
      [
        {
          path,
          code: 'common_password',
          message: 'This password is among the most common ones; choose another',
        },
      ],
      'This password is among the most common ones in leaked password lists. Choose another one.',
    )
  }
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

/** Sets a password from the command line (installations without SMTP); every session of the account ends. */
export async function setPasswordByEmail(ctx: AppContext, actor: Actor, email: string, password: string) {
  checkPasswordStrength(password)
  const user = await findUserByEmail(ctx.db, email)
  if (!user) throw notFound(`User ${email}`)
  const passwordHash = await hashPassword(password)
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: passwordHash })
    await deleteSessionsOfUser(trx, user.id)
    await recordAudit(trx, actor, {
      organizationId: null,
      action: 'user.password_set',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email },
    })
  })
}

/** Grants or withdraws the installation-level right to create organisations (CLI `custos user set-admin`). */
export async function setInstallationAdmin(ctx: AppContext, actor: Actor, email: string, admin: boolean) {
  const user = await findUserByEmail(ctx.db, email)
  if (!user) throw notFound(`User ${email}`)
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { installation_admin: admin })
    await recordAudit(trx, actor, {
      organizationId: null,
      action: admin ? 'user.installation_admin_granted' : 'user.installation_admin_revoked',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email },
    })
  })
}
