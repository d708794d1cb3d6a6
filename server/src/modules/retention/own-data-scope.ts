import type { Kysely } from 'kysely'
import type { Actor } from '../../audit/actor'
import type { AppContext, TxContext } from '../../context'
import type { DB } from '../../db/schema'
import type { Organization } from '../organizations'
import type { LifecycleSpan } from '../subjects'
import type { LegalHoldRow } from './repository'
import type { ConsentRenewals } from './sources'

/**
 * Where the records of Custos's own data that a rule makes due come from (issue 16 item 4, decisions 0047 and
 * 0085), one source per kind: closed requests, the mail outbox, the subject index. Each reads its records due in
 * id order after a cursor (set-based, one statement a page) and removes a page inside the sweep's transaction, so
 * the removal and the run's progress commit together.
 */
export interface OwnScope {
  org: Organization
  /** Records dated before this day (Belgian time) are due; for the subject index, people whose event is before it. */
  before: string
  /** The run's day: the legal holds and the consents in force on it. */
  today: string
  /** The subject and request holds in force. */
  holds: readonly LegalHoldRow[]
  /**
   * The subject index: the people other rules counted from an event of theirs still need in the index (review m2),
   * left out of its sweep.
   */
  keep?: readonly LifecycleSpan[]
}

export interface OwnPage {
  /** The records due on this page: their id and what the plan shows as a sample key. */
  entries: { id: string; label: string }[]
  /** Where the next page starts (the last id read, renewed people included). */
  cursor: string | null
  done: boolean
}

export interface OwnSource {
  /** Records due now and, for a rule renewed by consent, the people a valid consent keeps. */
  tally(ctx: AppContext): Promise<{ due: number; renewed: ConsentRenewals | null }>
  page(db: Kysely<DB>, after: string | null, limit: number): Promise<OwnPage>
  /** The subject index: how many people due without the keeps are in one of these spans (the plan's flag). */
  keptBy?(ctx: AppContext, spans: readonly LifecycleSpan[]): Promise<number>
  /** Removes these records (of a page just read) in the caller's transaction; returns how many went. */
  remove(tx: TxContext, actor: Actor, ids: readonly string[]): Promise<number>
}

export type OwnKind = 'requests' | 'outbox' | 'subjects' | 'audit' | 'task_lists'

export const heldRequests = (holds: readonly LegalHoldRow[]) =>
  holds.flatMap((h) => (h.scope === 'request' && h.request_id ? [h.request_id] : []))
export const heldSubjectIds = (holds: readonly LegalHoldRow[]) =>
  holds.flatMap((h) => (h.scope === 'subject' && h.subject_id ? [h.subject_id] : []))

export const pageOf = (
  rows: { id: string; label: string }[],
  limit: number,
  after: string | null,
): OwnPage => ({
  entries: rows,
  cursor: rows[rows.length - 1]?.id ?? after,
  done: rows.length < limit,
})
