import type { Insertable, Kysely, Transaction } from 'kysely'
import type { DB, ParentalClosedBecause } from '../../db/schema'
import { CONSENT_GENESIS_HASH } from './model'

type Db = Kysely<DB> | Transaction<DB>

/** Stores texts not stored yet (the same text twice is one row). */
export async function insertTexts(
  db: Db,
  rows: { organization_id: string; hash: string; language: string; body: string }[],
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('consent_texts')
    .values(rows.map((r) => ({ ...r, created_at: new Date() })))
    .onConflict((oc) => oc.columns(['organization_id', 'hash']).doNothing())
    .execute()
}

export function findText(db: Db, organizationId: string, hash: string) {
  return db
    .selectFrom('consent_texts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('hash', '=', hash)
    .executeTakeFirst()
}

export async function textExists(db: Db, organizationId: string, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('consent_texts')
    .select('hash')
    .where('organization_id', '=', organizationId)
    .where('hash', '=', hash)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Locks the organisation's consent chain for the rest of the transaction and reads its head, in one statement: the
 * head row is created at the genesis when missing, otherwise "updated" to itself, which takes its row lock (a
 * second writer waits here until the first commits, then reads the head that one left).
 */
export async function lockChainHead(trx: Transaction<DB>, organizationId: string) {
  return trx
    .insertInto('consent_chain_heads')
    .values({ organization_id: organizationId, seq: 0, hash: CONSENT_GENESIS_HASH })
    .onConflict((oc) =>
      oc.column('organization_id').doUpdateSet({ seq: (eb) => eb.ref('consent_chain_heads.seq') }),
    )
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow()
}

export function statusOf(db: Db, organizationId: string, subjectKeys: readonly string[]) {
  if (subjectKeys.length === 0) return Promise.resolve([])
  return db
    .selectFrom('consent_status')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_key', 'in', subjectKeys)
    .orderBy('purpose')
    .execute()
}

/** The status for one purpose of these people (a batch of a campaign file). */
export function statusForPurpose(
  db: Db,
  organizationId: string,
  purpose: string,
  subjectKeys: readonly string[],
) {
  if (subjectKeys.length === 0) return Promise.resolve([])
  return db
    .selectFrom('consent_status')
    .select(['subject_key', 'state', 'expires_at'])
    .where('organization_id', '=', organizationId)
    .where('purpose', '=', purpose)
    .where('subject_key', 'in', subjectKeys)
    .execute()
}

export function eventsOf(db: Db, organizationId: string, subjectKeys: readonly string[], limit = 1000) {
  if (subjectKeys.length === 0) return Promise.resolve([])
  return db
    .selectFrom('consent_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_key', 'in', subjectKeys)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
}

/** The subject index's identities of a subject: their blind indexes are the consent subject keys. */
export async function lookupKeysOfSubject(db: Db, organizationId: string, subjectId: string) {
  return db
    .selectFrom('subject_identities')
    .select(['lookup_key', 'kind', 'value_masked'])
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .execute()
}

/** The latest records of the organisation's chain, newest first. */
export function recentEvents(db: Db, organizationId: string, limit: number) {
  return db
    .selectFrom('consent_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
}

/** The subject of the index an identity's blind index belongs to, if any. */
export function subjectOfLookupKey(db: Db, organizationId: string, lookupKey: string) {
  return db
    .selectFrom('subject_identities')
    .select('subject_id')
    .where('organization_id', '=', organizationId)
    .where('lookup_key', '=', lookupKey)
    .limit(1)
    .executeTakeFirst()
}

export function chainPage(db: Db, organizationId: string, afterSeq: number, size: number) {
  return db
    .selectFrom('consent_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(size)
    .execute()
}

export function chainHead(db: Db, organizationId: string) {
  return db
    .selectFrom('consent_chain_heads')
    .select(['seq', 'hash'])
    .where('organization_id', '=', organizationId)
    .executeTakeFirst()
}

/** Given consents past their end that no expiry event has closed yet (the expiry job). */
export function expiredGiven(db: Db, now: Date, limit: number) {
  return (
    db
      .selectFrom('consent_status as s')
      // The given record's reference of the person (a mailing tool's contact id), passed on with its expiry.
      .leftJoin('consent_events as e', (join) =>
        join.onRef('e.organization_id', '=', 's.organization_id').onRef('e.id', '=', 's.event_id'),
      )
      .selectAll('s')
      .select('e.external_ref')
      .where('s.state', '=', 'given')
      .where('s.expires_at', '<=', now)
      .orderBy('s.expires_at')
      .limit(limit)
      .execute()
  )
}

/**
 * The period of the person's latest given consent for the purpose (a consent given again after it ended): its
 * expires_at is null when that consent had no end.
 */
export function lastGivenPeriod(db: Db, organizationId: string, subjectKey: string, purpose: string) {
  return db
    .selectFrom('consent_events')
    .select(['occurred_at', 'expires_at'])
    .where('organization_id', '=', organizationId)
    .where('subject_key', '=', subjectKey)
    .where('purpose', '=', purpose)
    .where('state', '=', 'given')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
}

// The parent's confirmation by e-mail (0076, decision 0093).

export async function insertParentalRequest(
  db: Db,
  row: Insertable<DB['consent_parental_requests']>,
): Promise<void> {
  await db.insertInto('consent_parental_requests').values(row).execute()
}

/** How many confirmations were asked of one parent's address (its keyed hash) since `since`. */
export async function parentalRequestsSince(
  db: Db,
  organizationId: string,
  parentKey: string,
  since: Date,
): Promise<number> {
  const row = await db
    .selectFrom('consent_parental_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('parent_key', '=', parentKey)
    .where('requested_at', '>', since)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

export function findParentalRequestByToken(db: Db, organizationId: string, tokenHash: string) {
  return db
    .selectFrom('consent_parental_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Locks a request that is still pending, for its answer; undefined when it was closed meanwhile. */
export function lockPendingParentalRequest(db: Transaction<DB>, id: string) {
  return db
    .selectFrom('consent_parental_requests')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .forUpdate()
    .executeTakeFirst()
}

/** The pending request of a child and purpose (at most one: unique partial index), locked. */
export function openParentalRequestOf(
  db: Transaction<DB>,
  organizationId: string,
  subjectKey: string,
  purpose: string,
) {
  return db
    .selectFrom('consent_parental_requests')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('subject_key', '=', subjectKey)
    .where('purpose', '=', purpose)
    .where('status', '=', 'pending')
    .forUpdate()
    .executeTakeFirst()
}

/** One record of the consent chain, by id. */
export function consentEventById(db: Db, id: string) {
  return db
    .selectFrom('consent_events')
    .select([
      'id',
      'seq',
      'hash',
      'prev_hash',
      'purpose',
      'text_hash',
      'occurred_at',
      'recorded_at',
      'expires_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst()
}

/**
 * Closes a request (locked, pending) with its end and the record written for it, if any. The child's sealed
 * identity goes with it: a consent given keeps its own copy on its status row for as long as it runs.
 */
export async function closeParentalRequestRow(
  db: Transaction<DB>,
  id: string,
  status: 'confirmed' | 'refused' | 'expired' | 'superseded',
  now: Date,
  eventId: string | null,
  closedBecause: ParentalClosedBecause | null = null,
): Promise<void> {
  await db
    .updateTable('consent_parental_requests')
    .set({
      status,
      decided_at: now,
      decision_event_id: eventId,
      identity_sealed: null,
      closed_because: closedBecause,
    })
    .where('id', '=', id)
    .execute()
}

/** Closes the pending requests of a child and purpose as superseded by a new one; answers their ids. */
export async function supersedePendingParental(
  db: Transaction<DB>,
  organizationId: string,
  subjectKey: string,
  purpose: string,
  by: string,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .updateTable('consent_parental_requests')
    .set({
      status: 'superseded',
      decided_at: now,
      superseded_by: by,
      identity_sealed: null,
      closed_because: 'replaced',
    })
    .where('organization_id', '=', organizationId)
    .where('subject_key', '=', subjectKey)
    .where('purpose', '=', purpose)
    .where('status', '=', 'pending')
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Pending requests whose link has ended. */
export function dueParentalRequests(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('consent_parental_requests')
    .selectAll()
    .where('status', '=', 'pending')
    .where('link_expires_at', '<=', now)
    .orderBy('link_expires_at')
    .limit(limit)
    .execute()
}
