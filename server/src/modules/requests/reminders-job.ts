import { sql } from 'kysely'
import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { formatDate, OPEN_STATUSES, type Reminder, requestTimeline } from '../../domain/requests'
import { defineJob } from '../../jobs/define-job'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { deadlineOptions, findOrganizationsByIds } from '../organizations'
import { findUsersByIds } from '../users'
import { journal } from './journal'
import { staffRequestUrl, VERIFY_HOURS } from './links'
import { listEventsOfKind, lockRequest } from './repository'
import { reviveRequest } from './state'

const ACTOR = systemActor('request reminders')

export interface ReminderRun {
  reminders: number
  verificationsExpired: number
}

const reminderKey = (r: Reminder) => `${r.kind}:${r.workingDaysBefore}:${r.dueDate}`

/**
 * Portal requests whose e-mail address was not confirmed within 48 hours: the link stops working and the request
 * gets an event, so an agent decides what to do with it (nothing is deleted silently).
 */
async function expireVerifications(ctx: AppContext, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - VERIFY_HOURS * 3_600_000)
  const stale = await ctx.db
    .selectFrom('requests')
    .select(['id', 'organization_id', 'reference', 'created_at'])
    .where('channel', '=', 'portal')
    .where('email_verified_at', 'is', null)
    .where('verify_token_hash', 'is not', null)
    .where('created_at', '<', cutoff)
    .execute()
  let count = 0
  for (const row of stale) {
    await inTransaction(ctx, async (ctx) => {
      const updated = await ctx.db
        .updateTable('requests')
        .set({ verify_token_hash: null })
        .where('id', '=', row.id)
        .where('email_verified_at', 'is', null)
        .where('verify_token_hash', 'is not', null)
        .executeTakeFirst()
      if (updated.numUpdatedRows === 0n) return
      count += 1
      await journal(
        ctx.db,
        ctx.encryption,
        ACTOR,
        row.organization_id,
        { id: row.id, reference: row.reference },
        [
          {
            action: 'request.verification_expired',
            at: now,
            data: {
              submittedAt: row.created_at.toISOString(),
              validHours: VERIFY_HOURS,
              note: 'The e-mail address was not confirmed; an agent decides how to continue (identity, or close).',
            },
          },
        ],
      )
    })
  }
  return count
}

/**
 * Reminders before the due date and once overdue (the domain's schedule: 10 and 3 working days before, the day
 * after), to the assignee or else the organisation's privacy contact. Each reminder is sent once: the event
 * 'request.reminder_sent' records it, so running twice a day, or again after a failure, sends nothing twice.
 * When a run was missed, only the latest reminder that is due goes out.
 */
async function sendReminders(ctx: AppContext, now: Date): Promise<number> {
  const rows = await ctx.db
    .selectFrom('requests')
    .select(['id', 'organization_id', 'state', 'assignee_id'])
    .where('status', 'in', [...OPEN_STATUSES])
    .execute()
  if (rows.length === 0) return 0
  const orgIds = [...new Set(rows.map((r) => r.organization_id))]
  const orgs = new Map((await findOrganizationsByIds(ctx.db, orgIds)).map((o) => [o.id, o]))
  const sent = await listEventsOfKind(
    ctx.db,
    rows.map((r) => r.id),
    ['request.reminder_sent'],
  )
  const sentKeys = new Set(sent.map((e) => `${e.request_id}|${String((e.data as { key?: string }).key)}`))
  const users = new Map(
    (
      await findUsersByIds(ctx.db, [...new Set(rows.flatMap((r) => (r.assignee_id ? [r.assignee_id] : [])))])
    ).map((u) => [u.id, u]),
  )
  const today = toBrusselsDate(now)
  let count = 0
  for (const row of rows) {
    const org = orgs.get(row.organization_id)
    if (!org) continue
    // Deadlines only: the requester is not decrypted.
    const request = reviveRequest(row.state, {})
    const timeline = requestTimeline(request, now, deadlineOptions(org))
    const due = timeline.reminders.filter((r) => r.date <= today)
    const reminder = due[due.length - 1]
    if (!reminder || sentKeys.has(`${row.id}|${reminderKey(reminder)}`)) continue
    const assignee = row.assignee_id ? users.get(row.assignee_id) : undefined
    const to = assignee?.email ?? org.privacyContactEmail ?? org.contactEmail
    const language: Language = assignee?.preferred_language ?? org.defaultLanguage
    const key = reminderKey(reminder)
    const mailId = await inTransaction(ctx, async (ctx) => {
      // Another worker may have sent it meanwhile: lock the request and look again.
      await lockRequest(ctx.db, org.id, row.id)
      const already = await ctx.db
        .selectFrom('request_events')
        .select('id')
        .where('request_id', '=', row.id)
        .where('kind', '=', 'request.reminder_sent')
        .where(sql<string>`data->>'key'`, '=', key)
        .executeTakeFirst()
      if (already) return undefined
      const mailId = to
        ? await queueMail(ctx.db, ctx.encryption, {
            organizationId: org.id,
            to,
            language,
            template: 'request-reminder',
            params: {
              organizationName: org.legalName || org.name,
              reference: request.reference,
              kind: reminder.kind,
              dueDate: formatDate(reminder.dueDate),
              days: reminder.kind === 'overdue' ? timeline.daysOverdue : (timeline.workingDaysLeft ?? 0),
              requestUrl: staffRequestUrl(ctx, org, request.id),
            },
          })
        : null
      await journal(ctx.db, ctx.encryption, ACTOR, org.id, request, [
        {
          action: 'request.reminder_sent',
          at: now,
          data: {
            key,
            kind: reminder.kind,
            dueDate: reminder.dueDate,
            workingDaysBefore: reminder.workingDaysBefore,
            state: timeline.state,
            recipient: assignee ? 'assignee' : to ? 'privacy_contact' : null,
            outboxId: mailId,
          },
        },
      ])
      return mailId
    })
    if (mailId === undefined) continue
    count += 1
    if (mailId) await dispatchQueuedMail(ctx, [mailId])
  }
  return count
}

export async function runRequestReminders(ctx: AppContext, now = new Date()): Promise<ReminderRun> {
  const verificationsExpired = await expireVerifications(ctx, now)
  const reminders = await sendReminders(ctx, now)
  return { reminders, verificationsExpired }
}

/** Daily at 07:00 UTC (08:00 or 09:00 in Brussels): deadline reminders and expired portal verifications. */
export const requestRemindersJob = defineJob({
  name: 'requests.reminders',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '0 7 * * *',
  async run(_data, ctx) {
    const run = await runRequestReminders(ctx)
    ctx.logger.info(run, 'Sent data subject request reminders')
  },
})
