import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import { type NoticeSettings, noticeSection } from '../../domain/register/schema'
import { changesBetween } from './changes'
import { noticeSettingsOf, storedNoticeSettings } from './organization-stored'

export { noticeSettingsOf }

/**
 * Replaces the register's notice section (what the privacy notice states beyond the processing: channels,
 * breach promise, sharing, links, cookies, minors) in one transaction with its audit event.
 */
export async function saveNoticeSettings(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  settings: NoticeSettings,
): Promise<NoticeSettings> {
  const next = noticeSection.parse(settings)
  return inTransaction(ctx, async (ctx) => {
    const current = await ctx.db
      .selectFrom('organizations')
      .select(['id', 'notice_settings'])
      .where('id', '=', org.id)
      .forUpdate()
      .executeTakeFirstOrThrow()
    const before = noticeSettingsOf(current)
    const changed = [...new Set(changesBetween(before, next).map((c) => c.path.split('.')[0] ?? c.path))]
    if (changed.length === 0) return next
    await ctx.db
      .updateTable('organizations')
      .set({ notice_settings: storedNoticeSettings.serialize(next), updated_at: new Date() })
      .where('id', '=', org.id)
      .execute()
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'notice.settings_updated',
      targetType: 'notice',
      targetId: org.slug,
      summary: { changed },
    })
    return next
  })
}
