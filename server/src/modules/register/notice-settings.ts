import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { NotFound } from '../../domain/errors'
import { checkRegister, type Finding } from '../../domain/register/checks'
import { type NoticeSettings, noticeSection } from '../../domain/register/schema'
import { lockOrganizationForChange, type Organization, updateOrganization } from '../organizations'
import { changesBetween } from './changes'
import { noticeSettingsOf, storedNoticeSettings } from './organization-stored'
import { loadRegister } from './service'

export { noticeSettingsOf }

/**
 * What the register linter finds about these settings (rules on `notice.*`): statements that contradict each
 * other or the rest of the register, such as links to other websites without a website.
 */
export async function noticeSettingsFindings(
  ctx: AppContext,
  org: Organization,
  settings: NoticeSettings,
): Promise<Finding[]> {
  const doc = await loadRegister(ctx, org)
  return checkRegister({ ...doc, notice: settings }).filter((f) => f.path.startsWith('notice.'))
}

/**
 * Replaces the register's notice section (what the privacy notice states beyond the processing: channels,
 * breach promise, sharing, links, cookies, minors) in one transaction with its audit event.
 */
export async function saveNoticeSettings(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  settings: NoticeSettings,
): Promise<NoticeSettings> {
  const next = noticeSection.parse(settings)
  return inTransaction(ctx, async (ctx) => {
    const current = await lockOrganizationForChange(ctx.db, org.id)
    if (!current) throw new NotFound('organization')
    const before = noticeSettingsOf(current)
    const changed = [...new Set(changesBetween(before, next).map((c) => c.path.split('.')[0] ?? c.path))]
    if (changed.length === 0) return next
    await updateOrganization(ctx.db, org.id, { notice_settings: storedNoticeSettings.serialize(next) })
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
