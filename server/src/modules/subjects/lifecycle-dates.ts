import { type Kysely, sql } from 'kysely'
import type { AppContext } from '../../context'
import type { DB } from '../../db/schema'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import type { SubjectEventStart } from '../../domain/retention/subject-events'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import { listIdentitiesOf } from './repository'

export interface LifecycleSelection {
  start: SubjectEventStart
  /** Subjects whose start day is before this day. */
  before: string
  /** ...and on or after this one (the calendar's window). */
  from?: string | null
  /** Left out (subjects under a legal hold). */
  exclude?: readonly string[]
  /** Leave out people with a request not yet closed (the subject index's own sweep: their entry is in use). */
  withoutOpenRequests?: boolean
  /**
   * The whole entry goes (the subject index's own sweep): leave out people with a relationship that lasts or ended
   * on or after `before`, and people with any event after their start day (a later contact, dispute or contract
   * means the relationship was not over, whatever the event kinds the rule counts from).
   */
  wholeEntry?: boolean
  /**
   * Left out: people another rule counted from an event of theirs still needs in the index (review m2) - each span is
   * the people whose start under that rule is on or after `from` (not yet due there) or before `before` (due in a
   * sweep of that rule that has not finished). The subject index's own sweep only.
   */
  keep?: readonly LifecycleSpan[]
  /** Only the people in one of these spans (the plan's count of the people a span keeps). */
  onlyIn?: readonly LifecycleSpan[]
}

/** The people of a rule counted from an event of theirs whose start day is in [from, before) (null: unbounded). */
export interface LifecycleSpan {
  start: SubjectEventStart
  from: string | null
  before: string | null
}

/**
 * The subject ids in a span: the people with an event of the rule's kind, not reopened after it, whose start day
 * (the latest event of the kinds it counts from) is in the span - the people that rule's sweep selects by that day.
 */
function spanQuery(db: Kysely<DB>, organizationId: string, span: LifecycleSpan) {
  const { start } = span
  return db
    .selectFrom((sub) =>
      sub
        .selectFrom('subject_events as e')
        .select(['e.subject_id', (f) => f.fn.max('e.occurred_on').as('start_on')])
        .where('e.organization_id', '=', organizationId)
        .where('e.kind', 'in', [...start.countsFrom])
        .groupBy('e.subject_id')
        .as('w'),
    )
    .select('w.subject_id')
    .$if(span.from !== null, (q) => q.where('w.start_on', '>=', span.from as string))
    .$if(span.before !== null, (q) => q.where('w.start_on', '<', span.before as string))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('subject_events as n')
          .select(sql`1`.as('one'))
          .where('n.organization_id', '=', organizationId)
          .whereRef('n.subject_id', '=', 'w.subject_id')
          .where('n.kind', '=', start.event),
      ),
    )
    .$if(start.reopenedBy.length > 0, (q) =>
      q.where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('subject_events as r')
              .select(sql`1`.as('one'))
              .where('r.organization_id', '=', organizationId)
              .whereRef('r.subject_id', '=', 'w.subject_id')
              .where('r.kind', 'in', [...start.reopenedBy])
              .whereRef('r.occurred_on', '>', 'w.start_on'),
          ),
        ),
      ),
    )
}

export interface LifecycleStart {
  subjectId: string
  /** The day the period counts from: the latest event of the kinds the start counts from. */
  startOn: string
}

function startsQuery(ctx: Pick<AppContext, 'db'>, organizationId: string, selection: LifecycleSelection) {
  const { start } = selection
  return ctx.db
    .with('starts', (db) =>
      db
        .selectFrom('subject_events as e')
        .select(['e.subject_id', (eb) => eb.fn.max('e.occurred_on').as('start_on')])
        .where('e.organization_id', '=', organizationId)
        .where('e.kind', 'in', [...start.countsFrom])
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('subject_events as n')
              .select(sql`1`.as('one'))
              .where('n.organization_id', '=', organizationId)
              .whereRef('n.subject_id', '=', 'e.subject_id')
              .where('n.kind', '=', start.event),
          ),
        )
        .groupBy('e.subject_id'),
    )
    .selectFrom('starts as s')
    .where('s.start_on', '<', selection.before)
    .$if(Boolean(selection.from), (q) => q.where('s.start_on', '>=', selection.from as string))
    .$if((selection.exclude?.length ?? 0) > 0, (q) =>
      q.where('s.subject_id', 'not in', [...(selection.exclude ?? [])]),
    )
    .$if(selection.withoutOpenRequests === true, (q) =>
      q.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('requests as q')
              .select(sql`1`.as('one'))
              .where('q.organization_id', '=', organizationId)
              .whereRef('q.subject_id', '=', 's.subject_id')
              .where('q.closed_at', 'is', null),
          ),
        ),
      ),
    )
    .$if(selection.wholeEntry === true, (q) =>
      q.where((eb) =>
        eb.not(
          eb.or([
            eb.exists(
              eb
                .selectFrom('subject_relationships as l')
                .select(sql`1`.as('one'))
                .where('l.organization_id', '=', organizationId)
                .whereRef('l.subject_id', '=', 's.subject_id')
                .where((w) => w.or([w('l.ended_on', 'is', null), w('l.ended_on', '>=', selection.before)])),
            ),
            eb.exists(
              eb
                .selectFrom('subject_events as later')
                .select(sql`1`.as('one'))
                .where('later.organization_id', '=', organizationId)
                .whereRef('later.subject_id', '=', 's.subject_id')
                .whereRef('later.occurred_on', '>', 's.start_on'),
            ),
          ]),
        ),
      ),
    )
    .$if((selection.keep?.length ?? 0) > 0, (q) =>
      q.where((eb) =>
        eb.and(
          (selection.keep ?? []).map((span) =>
            eb('s.subject_id', 'not in', spanQuery(ctx.db, organizationId, span)),
          ),
        ),
      ),
    )
    .$if(selection.onlyIn !== undefined, (q) =>
      q.where((eb) =>
        eb.or(
          (selection.onlyIn ?? []).map((span) =>
            eb('s.subject_id', 'in', spanQuery(ctx.db, organizationId, span)),
          ),
        ),
      ),
    )
    .$if(start.reopenedBy.length > 0, (q) =>
      q.where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('subject_events as r')
              .select(sql`1`.as('one'))
              .where('r.organization_id', '=', organizationId)
              .whereRef('r.subject_id', '=', 's.subject_id')
              .where('r.kind', 'in', [...start.reopenedBy])
              .whereRef('r.occurred_on', '>', 's.start_on'),
          ),
        ),
      ),
    )
}

/**
 * The subjects of the index whose retention period counts from a lifecycle event that lies before a day, in subject
 * id order after `after` (a page of a sweep; set-based, one statement).
 */
export async function subjectsByLifecycleDate(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  selection: LifecycleSelection,
  page: { after: string | null; limit: number },
): Promise<LifecycleStart[]> {
  const rows = await startsQuery(ctx, organizationId, selection)
    .select(['s.subject_id', 's.start_on'])
    .$if(page.after !== null, (q) => q.where('s.subject_id', '>', page.after as string))
    .orderBy('s.subject_id')
    .limit(page.limit)
    .execute()
  return rows.map((r) => ({ subjectId: r.subject_id, startOn: String(r.start_on) }))
}

export async function countSubjectsByLifecycleDate(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  selection: LifecycleSelection,
): Promise<number> {
  const row = await startsQuery(ctx, organizationId, selection)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The identities of several subjects, decrypted for a search in the connected systems (never stored). */
export async function searchIdentitiesOfSubjects(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  subjectIds: string[],
): Promise<SearchIdentity[]> {
  return (await listIdentitiesOf(ctx.db, organizationId, subjectIds)).map((identity) => ({
    kind: identity.kind,
    value: ctx.encryption.decrypt(identity.valueEncrypted, identityEncryptionContext(identity.kind)),
    ...(identity.systemKey ? { systemKey: identity.systemKey } : {}),
  }))
}

/**
 * The identities of several subjects in one query, decrypted and grouped by subject (a retention task's list: one
 * read per page, not one per person). A subject without identities, or no longer in the index, has no entry.
 */
export async function searchIdentitiesBySubject(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  subjectIds: string[],
): Promise<Map<string, SearchIdentity[]>> {
  const bySubject = new Map<string, SearchIdentity[]>()
  for (const identity of await listIdentitiesOf(ctx.db, organizationId, subjectIds)) {
    const list = bySubject.get(identity.subjectId) ?? []
    list.push({
      kind: identity.kind,
      value: ctx.encryption.decrypt(identity.valueEncrypted, identityEncryptionContext(identity.kind)),
      ...(identity.systemKey ? { systemKey: identity.systemKey } : {}),
    })
    bySubject.set(identity.subjectId, list)
  }
  return bySubject
}
