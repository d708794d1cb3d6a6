import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { isCommonPassword } from '../../auth/common-passwords'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/passwords'
import { type AppContext, inTransaction } from '../../context'
import { InvalidInput, NotFound } from '../../domain/errors'
import { findUserByEmail, updateUser } from './repository'

/** Length, and not a common breached password (ASVS 2.1.7); `path` names the field in the problem. */
export function checkPasswordStrength(password: string, path = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new InvalidInput([
      {
        path,
        code: 'password_length',
        message: `Between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
        params: { minimum: PASSWORD_MIN_LENGTH, maximum: PASSWORD_MAX_LENGTH },
      },
    ])
  }
  if (isCommonPassword(password)) {
    throw new InvalidInput(
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

/** No account has this address (the CLI names a user by e-mail). */
export function userNotFound(email: string): NotFound {
  return new NotFound('user', `No user has the e-mail address ${email}.`, 'user_not_found')
}

/** Grants or withdraws the installation-level right to create organisations (CLI `custos user set-admin`). */
export async function setInstallationAdmin(ctx: AppContext, actor: Actor, email: string, admin: boolean) {
  const user = await findUserByEmail(ctx.db, email)
  if (!user) throw userNotFound(email)
  await inTransaction(ctx, async (ctx) => {
    await updateUser(ctx.db, user.id, { installation_admin: admin })
    await recordAudit(ctx.db, actor, {
      organizationId: null,
      action: admin ? 'user.installation_admin_granted' : 'user.installation_admin_revoked',
      targetType: 'user',
      targetId: user.id,
      summary: { email: user.email },
    })
  })
}
