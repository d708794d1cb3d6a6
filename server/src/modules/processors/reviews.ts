import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { IsoDate } from '../../domain/calendar-date'
import { formatDate } from '../../domain/requests/format'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { findOrganizationById } from '../organizations'
import { loadRegister } from '../register'
import { markReminded, profilesDueForReminder } from './repository'

const ACTOR = systemActor('processor reviews')

/**
 * Reminds the organisation's privacy contact (else its general contact) of each vendor review whose date has
 * come, once per review date: `reminded_for` records the date reminded, so a new date is reminded again.
 */
export async function sendReviewReminders(ctx: AppContext, now: Date = new Date()): Promise<number> {
  const today = toBrusselsDate(now)
  const due = await profilesDueForReminder(ctx.db, today)
  let sent = 0
  for (const profile of due) {
    const org = await findOrganizationById(ctx.db, profile.organization_id)
    const reviewOn = profile.next_review_on
    if (!org || reviewOn === null) continue
    const vendor = (await loadRegister(ctx, org)).vendors.find((v) => v.key === profile.vendor_key)
    const to = org.privacyContactEmail ?? org.contactEmail
    const mailId = await inTransaction(ctx, async (ctx) => {
      const marked = await markReminded(ctx.db, profile.id, reviewOn)
      if (marked.numUpdatedRows === 0n) return null
      const id = to
        ? await queueMail(ctx.db, ctx.encryption, {
            organizationId: org.id,
            to,
            language: org.defaultLanguage,
            template: 'processor-review',
            params: {
              organizationName: org.legalName || org.name,
              vendorName: vendor?.name ?? profile.vendor_key,
              reviewDate: formatDate(reviewOn as IsoDate),
              url: `${ctx.config.publicUrl}/#/orgs/${encodeURIComponent(org.slug)}/processors/vendors/${encodeURIComponent(profile.vendor_key)}`,
            },
          })
        : null
      await recordAudit(ctx.db, ACTOR, {
        organizationId: org.id,
        action: 'processor.review_reminded',
        targetType: 'processor',
        targetId: profile.vendor_key,
        summary: { vendor: profile.vendor_key, reviewOn, mailed: id !== null },
      })
      return id ?? ''
    })
    if (mailId === null) continue
    sent++
    if (mailId) await dispatchQueuedMail(ctx, [mailId])
  }
  return sent
}
