import { format, parseISO } from 'date-fns'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { roleHoldsScope } from '../../auth/policy'
import { ROLES } from '../../auth/roles'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'
import { formatDate } from '../../domain/requests/format'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { DigestAction } from '../../mail/templates/action-digest'
import { OPEN_STATUSES } from './repository'
import { storedActionTitle } from './stored'

/** How many days ahead an action counts as due soon. */
export const DIGEST_SOON_DAYS = 7
/** Actions listed per organisation; the rest are counted ("and 4 other actions"). */
export const DIGEST_LISTED = 10

const ACTOR = systemActor('action plan')

/** The roles that answer for the actions nobody owns: those that may change the action plan. */
const RESPONSIBLE_ROLES = ROLES.filter((r) => roleHoldsScope(r, 'action_plan:write'))

/** The ISO 8601 week of a calendar date, e.g. 2026-W50 (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(date: IsoDate): string {
  return format(parseISO(date), "RRRR-'W'II")
}

/** Where an action stands on `today`: past its due date, due within DIGEST_SOON_DAYS, or open. */
export function digestState(due: IsoDate | null, today: IsoDate): DigestAction['state'] {
  if (due === null) return 'open'
  if (due < today) return 'overdue'
  if (due <= addDays(today, DIGEST_SOON_DAYS)) return 'due_soon'
  return 'open'
}

const STATE_ORDER: Record<DigestAction['state'], number> = { overdue: 0, due_soon: 1, open: 2 }

interface PendingRow {
  user_id: string
  email: string
  display_name: string
  preferred_language: Language
  organization_id: string
  org_name: string
  org_slug: string
  title: unknown
  action_id: string
  due_date: string | null
}

interface DigestOrganization {
  id: string
  name: string
  slug: string
  actions: { title: string; due: IsoDate | null; state: DigestAction['state'] }[]
}

export interface DigestRecipient {
  userId: string
  email: string
  name: string
  language: Language
  organizations: DigestOrganization[]
}

/**
 * Who gets a digest on `today` and what it lists: every person who wants it (users.action_digest) with pending
 * actions (open or in progress) in an organisation they belong to - those they own, and, where their role may
 * change the action plan (owner, privacy officer), those nobody owns. Organisations by name, actions overdue
 * first, then due soon, then the rest, soonest due first. A person with nothing pending is not listed.
 */
export async function digestRecipients(ctx: AppContext, today: IsoDate): Promise<DigestRecipient[]> {
  const rows: PendingRow[] = await ctx.db
    .selectFrom('action_plan_actions as a')
    .innerJoin('memberships as m', 'm.organization_id', 'a.organization_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .select([
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.preferred_language',
      'o.id as organization_id',
      'o.name as org_name',
      'o.slug as org_slug',
      'a.title',
      'a.id as action_id',
      'a.due_date',
    ])
    .where('a.status', 'in', OPEN_STATUSES)
    .where('u.action_digest', '=', true)
    .where((eb) =>
      eb.or([
        eb('a.owner_id', '=', eb.ref('m.user_id')),
        eb.and([eb('a.owner_id', 'is', null), eb('m.role', 'in', RESPONSIBLE_ROLES)]),
      ]),
    )
    .orderBy('u.id')
    .orderBy('o.name')
    .orderBy('o.id')
    .orderBy('a.due_date', (ob) => ob.asc().nullsLast())
    .orderBy('a.created_at')
    .execute()
  const people = new Map<string, DigestRecipient>()
  for (const row of rows) {
    let person = people.get(row.user_id)
    if (!person) {
      person = {
        userId: row.user_id,
        email: row.email,
        name: row.display_name.trim() || row.email,
        language: row.preferred_language,
        organizations: [],
      }
      people.set(row.user_id, person)
    }
    let org = person.organizations.at(-1)
    if (org?.id !== row.organization_id) {
      org = { id: row.organization_id, name: row.org_name, slug: row.org_slug, actions: [] }
      person.organizations.push(org)
    }
    const title = storedActionTitle.read(row.title, row.action_id)
    org.actions.push({
      title: title[person.language],
      due: row.due_date,
      state: digestState(row.due_date, today),
    })
  }
  for (const person of people.values())
    for (const org of person.organizations)
      org.actions.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state])
  return [...people.values()]
}

/**
 * The weekly digest (issue 21 item 3, decision 0087): one mail per person through the outbox, in the person's
 * language, listing their pending actions across their organisations. At most one per person and ISO week
 * (Brussels): the row in action_digests is claimed in the transaction that queues the mail, so a second run in
 * the same week - or a second worker at once - sends nothing. A digest about one organisation is sent as that
 * organisation (its name and privacy contact); one about several is signed by Custos, so that no organisation's
 * outbox holds another organisation's actions. Each organisation covered records `action_plan.digest_sent`.
 */
export async function sendActionDigests(
  ctx: AppContext,
  now: Date = new Date(),
): Promise<{ sent: number; alreadySent: number }> {
  const today = toBrusselsDate(now)
  const week = isoWeekOf(today)
  const base = ctx.config.publicUrl
  let sent = 0
  let alreadySent = 0
  for (const person of await digestRecipients(ctx, today)) {
    const single = person.organizations.length === 1 ? person.organizations[0] : undefined
    const total = person.organizations.reduce((n, o) => n + o.actions.length, 0)
    const mailId = await inTransaction(ctx, async (ctx) => {
      const claimed = await ctx.db
        .insertInto('action_digests')
        .values({
          user_id: person.userId,
          week,
          organizations: person.organizations.length,
          actions: total,
        })
        .onConflict((oc) => oc.columns(['user_id', 'week']).doNothing())
        .returning('user_id')
        .executeTakeFirst()
      if (!claimed) return null
      const id = await queueMail(ctx.db, ctx.encryption, {
        organizationId: single?.id ?? null,
        to: person.email,
        language: person.language,
        template: 'action-digest',
        params: {
          name: person.name,
          soonDays: DIGEST_SOON_DAYS,
          url: single
            ? `${base}/#/orgs/${encodeURIComponent(single.slug)}/action-plan`
            : `${base}/#/compliance`,
          accountUrl: `${base}/#/account`,
          organizations: person.organizations.map((o) => ({
            name: o.name,
            url: `${base}/#/orgs/${encodeURIComponent(o.slug)}/action-plan`,
            counts: {
              open: o.actions.length,
              overdue: o.actions.filter((a) => a.state === 'overdue').length,
              dueSoon: o.actions.filter((a) => a.state === 'due_soon').length,
            },
            actions: o.actions.slice(0, DIGEST_LISTED).map((a) => ({
              title: a.title,
              due: a.due === null ? null : formatDate(a.due),
              state: a.state,
            })),
          })),
        },
      })
      await ctx.db
        .updateTable('action_digests')
        .set({ outbox_id: id })
        .where('user_id', '=', person.userId)
        .where('week', '=', week)
        .execute()
      for (const o of person.organizations)
        await recordAudit(ctx.db, ACTOR, {
          organizationId: o.id,
          action: 'action_plan.digest_sent',
          targetType: 'user',
          targetId: person.userId,
          summary: {
            week,
            actions: o.actions.length,
            overdue: o.actions.filter((a) => a.state === 'overdue').length,
            signedBy: single ? 'organization' : 'custos',
          },
        })
      return id
    })
    if (mailId === null) {
      alreadySent++
      continue
    }
    sent++
    await dispatchQueuedMail(ctx, [mailId])
  }
  return { sent, alreadySent }
}
