import { type Kysely, sql } from 'kysely'
import type { AppContext } from '../../context'
import type { DB } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import { consentRenewalEnd, type MachineRule } from '../../domain/retention/period'
import { type RetentionSubjectEvent, subjectEventStart } from '../../domain/retention/subject-events'
import { givenConsentsOfSubjects } from '../consent'
import { closedRequestsPage, countClosedRequests, deleteClosedRequests } from '../requests'
import { countSubjectsByLifecycleDate, eraseSubjectInTransaction, subjectsByLifecycleDate } from '../subjects'
import { auditSource } from './own-data-audit'
import { taskListsSource } from './own-data-lists'
import {
  heldRequests,
  heldSubjectIds,
  type OwnKind,
  type OwnScope,
  type OwnSource,
  pageOf,
} from './own-data-scope'
import type { ConsentRenewals } from './sources'

export type { OwnKind, OwnPage, OwnScope, OwnSource } from './own-data-scope'

/** Closed requests with everything that hangs off them (decision 0047): queries of the requests module. */
function requestsSource(scope: OwnScope): OwnSource {
  const selection = {
    before: scope.before,
    heldRequests: heldRequests(scope.holds),
    heldSubjects: heldSubjectIds(scope.holds),
  }
  return {
    tally: async (ctx) => ({
      due: await countClosedRequests(ctx.db, scope.org.id, selection),
      renewed: null,
    }),
    async page(db, after, limit) {
      const rows = await closedRequestsPage(db, scope.org.id, selection, after, limit)
      return pageOf(
        rows.map((r) => ({ id: r.id, label: r.reference })),
        limit,
        after,
      )
    },
    remove: (tx, _actor, ids) => deleteClosedRequests(tx.db, scope.org.id, ids),
  }
}

/** The mail templates of the breaches module: such mails stay with the breach file (see outboxSource). */
const BREACH_TEMPLATES = ['breach-letter', 'breach-reminder'] as const

/** A mail the outbox is done with: sent, failed for good, or handed over and never confirmed. */
const FINISHED = ['sent', 'failed', 'unconfirmed'] as const

/**
 * The outbox's finished mails written before the cutoff (each holds an address, a subject line and perhaps the
 * text). A mail that is a letter of a request or a data breach still in Custos stays: it is part of that file
 * (its delivery shown on the request's or the breach's page) and goes with it - which also keeps the letters of a
 * request or a person under a legal hold.
 */
function outboxSource(scope: OwnScope): OwnSource {
  const orgId = scope.org.id
  const due = (db: Kysely<DB>) =>
    db
      .selectFrom('outbox_messages as m')
      .where('m.organization_id', '=', orgId)
      .where('m.status', 'in', [...FINISHED])
      .where(sql<boolean>`m.created_at < (${scope.before}::date::timestamp at time zone 'Europe/Brussels')`)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('request_events as e')
              .select(sql`1`.as('one'))
              .where('e.organization_id', '=', orgId)
              .where(sql<boolean>`e.data->>'outboxId' = m.id::text`),
          ),
        ),
      )
      // Breach files are never removed, so a mail about a breach stays with it: the letters to the people concerned,
      // the notices to the controllers (Art. 33(2) - the breach's timeline keeps only their names) and the reminders.
      .where('m.template', 'not in', [...BREACH_TEMPLATES])
  return {
    async tally(ctx) {
      const row = await due(ctx.db)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return { due: Number(row?.n ?? 0), renewed: null }
    },
    async page(db, after, limit) {
      const rows = await due(db)
        .select('m.id')
        .$if(after !== null, (q) => q.where('m.id', '>', after as string))
        .orderBy('m.id')
        .limit(limit)
        .execute()
      return pageOf(
        rows.map((r) => ({ id: r.id, label: r.id })),
        limit,
        after,
      )
    },
    async remove(tx, _actor, ids) {
      if (ids.length === 0) return 0
      const result = await tx.db
        .deleteFrom('outbox_messages')
        .where('organization_id', '=', orgId)
        .where('id', 'in', [...ids])
        .where('status', 'in', [...FINISHED])
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

const hasOpenRequest = async (db: Kysely<DB>, orgId: string, subjectId: string) =>
  (await db
    .selectFrom('requests')
    .select('id')
    .where('organization_id', '=', orgId)
    .where('subject_id', '=', subjectId)
    .where('closed_at', 'is', null)
    .executeTakeFirst()) !== undefined

/** People per page of the subject index's sweep: each erased in the page's transaction (an audit event each). */
export const SUBJECTS_PER_BATCH = 50

/**
 * The people of the subject index whose relationship ended before the cutoff (the rule's event, decision 0047),
 * without a request still open, without a legal hold on them or their requests, and - for a rule renewed by
 * consent - without a valid consent that renews their period (decision 0062). Each is erased with the subjects
 * module's own erasure (identities, relationships, events, the addresses consent kept; their requests keep their
 * record), which refuses under a hold in force: such a person is kept.
 */
function subjectsSource(
  ctx: AppContext,
  scope: OwnScope,
  rule: MachineRule,
  event: RetentionSubjectEvent,
): OwnSource {
  const orgId = scope.org.id
  const exclude = async (db: Kysely<DB>) => {
    const requests = heldRequests(scope.holds)
    const ofRequests = requests.length
      ? await db
          .selectFrom('requests')
          .select('subject_id')
          .where('organization_id', '=', orgId)
          .where('id', 'in', requests)
          .where('subject_id', 'is not', null)
          .execute()
      : []
    return [...new Set([...heldSubjectIds(scope.holds), ...ofRequests.map((r) => r.subject_id as string)])]
  }
  const selection = async (db: Kysely<DB>) => ({
    start: subjectEventStart(event),
    before: scope.before,
    exclude: await exclude(db),
    withoutOpenRequests: true,
    wholeEntry: true,
    keep: scope.keep ?? [],
  })
  /** The people of a page a valid consent renews on the run's day, with the last day it keeps them. */
  const renewals = async (db: Kysely<DB>, ids: string[]): Promise<Map<string, string>> => {
    const renewed = new Map<string, string>()
    const { consentPurpose: purpose, duration } = rule
    if (!purpose || !duration || ids.length === 0) return renewed
    const consents = await givenConsentsOfSubjects(
      { db },
      orgId,
      purpose,
      ids,
      new Date(`${scope.today}T00:00:00Z`),
    )
    for (const [id, consent] of consents) {
      const until = consentRenewalEnd(consent, duration)
      if (until >= scope.today) renewed.set(id, until)
    }
    return renewed
  }
  const read = async (db: Kysely<DB>, after: string | null, limit: number) => {
    const size = Math.min(limit, SUBJECTS_PER_BATCH)
    const people = await subjectsByLifecycleDate({ db }, orgId, await selection(db), { after, limit: size })
    const renewed = await renewals(
      db,
      people.map((p) => p.subjectId),
    )
    return {
      page: pageOf(
        people.filter((p) => !renewed.has(p.subjectId)).map((p) => ({ id: p.subjectId, label: p.subjectId })),
        size,
        after,
      ),
      last: people[people.length - 1]?.subjectId ?? after,
      renewed,
      full: people.length === size,
    }
  }
  return {
    keptBy: async (ctx, spans) =>
      countSubjectsByLifecycleDate(ctx, orgId, { ...(await selection(ctx.db)), keep: [], onlyIn: spans }),
    async tally() {
      if (!rule.consentPurpose)
        return { due: await countSubjectsByLifecycleDate(ctx, orgId, await selection(ctx.db)), renewed: null }
      let due = 0
      const renewed: ConsentRenewals = { people: 0, firstUntil: null, lastUntil: null }
      let after: string | null = null
      for (;;) {
        const next = await read(ctx.db, after, SUBJECTS_PER_BATCH)
        due += next.page.entries.length
        for (const until of next.renewed.values()) {
          renewed.people += 1
          if (!renewed.firstUntil || until < renewed.firstUntil) renewed.firstUntil = until
          if (!renewed.lastUntil || until > renewed.lastUntil) renewed.lastUntil = until
        }
        if (!next.full) return { due, renewed }
        after = next.last
      }
    },
    async page(db, after, limit) {
      const next = await read(db, after, limit)
      // The cursor passes the renewed people too: a page of only renewed people is read past.
      return { entries: next.page.entries, cursor: next.last, done: !next.full }
    },
    async remove(tx, actor, ids) {
      let erased = 0
      for (const id of ids) {
        // A request filed since the page was read puts the entry in use again: the person stays.
        if (await hasOpenRequest(tx.db, orgId, id)) continue
        try {
          await eraseSubjectInTransaction(tx, actor, scope.org, id, scope.today)
          erased += 1
        } catch (error) {
          // A hold placed since the page was read wins (409 legal_hold_active); a person erased meanwhile is gone.
          // Both are thrown before the erasure writes anything, so the transaction goes on.
          if (error instanceof NotFound) continue
          if (error instanceof Conflict && error.code === 'legal_hold_active') continue
          throw error
        }
      }
      return erased
    },
  }
}

export function ownSource(
  ctx: AppContext,
  kind: OwnKind,
  scope: OwnScope,
  rule: MachineRule,
  event: RetentionSubjectEvent | null,
): OwnSource {
  switch (kind) {
    case 'requests':
      return requestsSource(scope)
    case 'outbox':
      return outboxSource(scope)
    case 'audit':
      return auditSource(scope)
    case 'task_lists':
      return taskListsSource(scope)
    case 'subjects':
      if (!event) throw new Error('The subject index is swept by an event of the person')
      return subjectsSource(ctx, scope, rule, event)
  }
}
