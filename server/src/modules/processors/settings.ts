import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Organization } from '../organizations'
import { saveObjectionDays } from './change-repository'

/** The default objection window (days) for sub-processor changes. */
export async function saveObjectionWindow(ctx: AppContext, actor: Actor, org: Organization, days: number) {
  await inTransaction(ctx, async (ctx) => {
    await saveObjectionDays(ctx.db, org.id, days)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.settings_saved',
      targetType: 'processor',
      targetId: null,
      summary: { objectionDays: days },
    })
  })
}
