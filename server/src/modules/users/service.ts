import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { isCommonPassword } from '../../auth/common-passwords'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/passwords'
import type { AppContext } from '../../context'
import { invalid, notFound } from '../../http/problem'
import { findUserByEmail, updateUser } from './repository'

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
