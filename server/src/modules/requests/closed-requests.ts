import { type Kysely, sql } from 'kysely'
import type { DB } from '../../db/schema'

/**
 * Closed requests past their retention period (issue 16 item 4, decision 0047): Custos's own records of a rights
 * request - the request, its events, letters, notes, tasks, attachments (identity document copies included),
 * answer packages and connector runs - go together when the register's rule for request records says so. Every
 * query is scoped to the organisation; held requests and requests of held people are left out.
 */
export interface ClosedSelection {
  /** Requests closed before this day (Belgian time). */
  before: string
  /** Requests under a legal hold. */
  heldRequests: readonly string[]
  /** People under a legal hold: their requests stay. */
  heldSubjects: readonly string[]
}

function closedQuery(db: Kysely<DB>, organizationId: string, selection: ClosedSelection) {
  return db
    .selectFrom('requests')
    .where('organization_id', '=', organizationId)
    .where('closed_at', 'is not', null)
    .where(sql<boolean>`(closed_at at time zone 'Europe/Brussels')::date < ${selection.before}::date`)
    .$if(selection.heldRequests.length > 0, (q) => q.where('id', 'not in', [...selection.heldRequests]))
    .$if(selection.heldSubjects.length > 0, (q) =>
      q.where((eb) =>
        eb.or([eb('subject_id', 'is', null), eb('subject_id', 'not in', [...selection.heldSubjects])]),
      ),
    )
}

export async function countClosedRequests(
  db: Kysely<DB>,
  organizationId: string,
  selection: ClosedSelection,
): Promise<number> {
  const row = await closedQuery(db, organizationId, selection)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** A page of the closed requests due, in id order after `after`. */
export async function closedRequestsPage(
  db: Kysely<DB>,
  organizationId: string,
  selection: ClosedSelection,
  after: string | null,
  limit: number,
): Promise<{ id: string; reference: string }[]> {
  return closedQuery(db, organizationId, selection)
    .select(['id', 'reference'])
    .$if(after !== null, (q) => q.where('id', '>', after as string))
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Deletes requests with everything that hangs off them (the foreign keys cascade). Returns how many went. */
export async function deleteClosedRequests(
  db: Kysely<DB>,
  organizationId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .deleteFrom('requests')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .where('closed_at', 'is not', null)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
