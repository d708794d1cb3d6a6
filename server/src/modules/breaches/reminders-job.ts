import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { dueReminder, formatInstant, type Reminder } from '../../domain/breaches'
import { defineJob } from '../../jobs/define-job'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { privacyOfficersOf } from '../members'
import { findOrganizationById, type Organization } from '../organizations'
import { insertEvent, listOpenBreaches, reminderKeysSent } from './repository'
import { clocksOf, factsOf } from './stored'

const ACTOR = systemActor('breach reminders')

export function staffBreachUrl(
  ctx: Pick<AppContext, 'config'>,
  org: Pick<Organization, 'slug'>,
  id: string,
): string {
  return `${ctx.config.publicUrl}/#/orgs/${encodeURIComponent(org.slug)}/breaches/${id}`
}

/**
 * Reminds the privacy officers (else the organisation's privacy contact) as a clock runs out: part 1 at 48, 24 and
 * 6 hours before its due instant, part 2 seven and two days before, a processor's notice 12 and 2 hours before,
 * and each once overdue. Each reminder goes out once: its key is unique per breach in breach_events (the insert
 * that claims it is in the transaction that queues the mail), so runs every quarter of an hour, on any number of
 * workers, send nothing twice. When runs were missed only the latest set point goes out.
 */
export async function runBreachReminders(ctx: AppContext, now = new Date()): Promise<number> {
  const open = await listOpenBreaches(ctx.db)
  if (open.length === 0) return 0
  const sent = new Set(
    (
      await reminderKeysSent(
        ctx.db,
        open.map((b) => b.id),
      )
    ).map((r) => `${r.breach_id}|${r.reminder_key}`),
  )
  const orgs = new Map<string, Organization>()
  let count = 0
  for (const breach of open) {
    const reminders = clocksOf(breach, now)
      .map((c) => dueReminder(c, now))
      .filter((r): r is Reminder => r !== null && !sent.has(`${breach.id}|${r.key}`))
    if (reminders.length === 0) continue
    let org = orgs.get(breach.organization_id)
    if (!org) {
      org = await findOrganizationById(ctx.db, breach.organization_id)
      if (!org) continue
      orgs.set(org.id, org)
    }
    const officers = await privacyOfficersOf(ctx.db, org.id)
    const fallback = org.privacyContactEmail ?? org.contactEmail
    const recipients: { to: string; language: Language }[] =
      officers.length > 0
        ? officers.map((o) => ({ to: o.email, language: o.preferredLanguage ?? org.defaultLanguage }))
        : fallback
          ? [{ to: fallback, language: org.defaultLanguage }]
          : []
    const facts = factsOf(breach)
    for (const reminder of reminders) {
      const mailIds = await inTransaction(ctx, async (ctx) => {
        const claimed = await insertEvent(ctx.db, {
          organizationId: org.id,
          breachId: breach.id,
          kind: 'reminder',
          at: now,
          decidedBy: null,
          recordedBy: ACTOR.label,
          reminderKey: reminder.key,
          data: {
            key: 'reminder',
            clock: reminder.clock,
            reminder: reminder.kind,
            hoursBefore: reminder.hoursBefore,
            recipients: recipients.length,
          },
        })
        if (!claimed) return null
        const ids: string[] = []
        for (const r of recipients) {
          ids.push(
            await queueMail(ctx.db, ctx.encryption, {
              organizationId: org.id,
              to: r.to,
              language: r.language,
              template: 'breach-reminder',
              params: {
                organizationName: org.legalName || org.name,
                reference: breach.reference,
                title: facts.title,
                clock: reminder.clock,
                kind: reminder.kind,
                dueAt: formatInstant(reminder.dueAt),
                breachUrl: staffBreachUrl(ctx, org, breach.id),
              },
            }),
          )
        }
        await recordAudit(ctx.db, ACTOR, {
          organizationId: org.id,
          action: 'breach.reminder_sent',
          targetType: 'breach',
          targetId: breach.id,
          summary: {
            reference: breach.reference,
            clock: reminder.clock,
            kind: reminder.kind,
            dueAt: reminder.dueAt.toISOString(),
            hoursBefore: reminder.hoursBefore,
            recipients: recipients.length,
          },
        })
        return ids
      })
      if (!mailIds) continue
      count += 1
      await dispatchQueuedMail(ctx, mailIds)
    }
  }
  return count
}

/** Every quarter of an hour: a 72-hour clock needs finer reminders than the daily request reminders. */
export const breachRemindersJob = defineJob({
  name: 'breaches.reminders',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    const reminders = await runBreachReminders(ctx)
    if (reminders > 0) ctx.logger.info({ reminders }, 'Sent breach reminders')
  },
})
