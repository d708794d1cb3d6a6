import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { auditKeysOf } from '../../audit/key'
import type { DB } from '../../db/schema'
import {
  appendChainedEvents,
  type ChainedConsentRow,
  type ChainHead,
  type ConsentStatusRow,
} from './log-statements'
import { type ChainedConsentFields, consentChainKey, consentEventHash } from './model'
import { insertPropagations, type PropagationDraft } from './propagation'
import { insertTexts, lockChainHead } from './repository'

/** A consent event ready to be chained: every column but the id, sequence number and hashes. */
export type ConsentEventDraft = Omit<ChainedConsentFields, 'id' | 'seq' | 'prev_hash'> & {
  /** The text to store with it when it is not stored yet. */
  text: { hash: string; language: string; body: string } | null
  actor: Actor
  /** A withdrawal's calls to the organisation's systems, inserted with it (not part of the chained record). */
  propagations?: PropagationDraft[] | undefined
  /**
   * A given consent with an end date: the identity, encrypted, kept on the status row until the consent ends so
   * that the expiry can be passed on (not part of the chained record). Any other record clears it.
   */
  sealedIdentity?: string | null | undefined
}

export interface StoredConsentEvent {
  id: string
  seq: number
  hash: string
  prevHash: string
  /** The propagations written with it that wait for their call. */
  pendingPropagations: string[]
}

interface Pending {
  draft: ConsentEventDraft
  resolve(stored: StoredConsentEvent): void
  reject(error: unknown): void
}

/** At most this many events go into one transaction. */
export const MAX_BATCH = 500

/**
 * The consent log of one database handle: events from concurrent callers are appended in batches (group commit).
 * While one batch is being written, the next ones queue; the writer then takes up to MAX_BATCH of them, chains
 * them in memory after the organisation's chain head (HMAC over each row and the previous hash) and writes the
 * events, the head and the current status in one statement - in autocommit when this log knows the head and the
 * statement finds it unmoved, otherwise in a transaction that locks the head first (decision 0116). A caller's
 * promise settles only after the commit, so an event is durable before anyone is told it was recorded. When a
 * batch fails, its events are retried one by one so that one bad event does not take the others down.
 */
class ConsentLog {
  private queue: Pending[] = []
  private writing = false
  /** Where this log left or last read each organisation's chain head (another writer may have moved it since). */
  private readonly heads = new Map<string, ChainHead>()

  constructor(private readonly db: Kysely<DB>) {}

  append(draft: ConsentEventDraft): Promise<StoredConsentEvent> {
    return new Promise((resolve, reject) => {
      this.queue.push({ draft, resolve, reject })
      if (!this.writing) void this.drain()
    })
  }

  private async drain() {
    this.writing = true
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH)
        try {
          const stored = await this.write(batch.map((p) => p.draft))
          for (const [i, p] of batch.entries()) p.resolve(stored[i] as StoredConsentEvent)
        } catch (error) {
          if (batch.length === 1) {
            batch[0]?.reject(error)
            continue
          }
          for (const p of batch) {
            try {
              const [stored] = await this.write([p.draft])
              p.resolve(stored as StoredConsentEvent)
            } catch (single) {
              p.reject(single)
            }
          }
        }
      }
    } finally {
      this.writing = false
    }
  }

  /**
   * One batch. Its usual way is one statement in autocommit (decision 0116): chained after the head this log last
   * wrote or read, it moves the head only while nobody else moved it. The first batch of an organisation, a batch
   * after another writer (another process, a caller's own transaction) moved the head, and a batch with more to
   * write than events and status (a new text, a withdrawal's audit event and propagations, several organisations)
   * go through the transaction that locks the head.
   */
  private async write(drafts: ConsentEventDraft[]): Promise<StoredConsentEvent[]> {
    const organizationId = drafts[0]?.organization_id
    const head = organizationId === undefined ? undefined : this.heads.get(organizationId)
    if (organizationId !== undefined && head && drafts.every((d) => chainsAlone(d, organizationId))) {
      const chained = chainDrafts(drafts, drafts.keys(), head, consentChainKey(auditKeysOf(this.db).chain))
      const written = await appendChainedEvents(
        this.db,
        organizationId,
        head,
        chained.rows,
        latestPerPurpose(chained.rows, chained.sealed),
      )
      if (written) {
        this.heads.set(organizationId, chained.head)
        return chained.stored
      }
      this.heads.delete(organizationId)
    }
    // Not inTransaction (decision 0042): this writer belongs to a database handle and is shared by every caller
    // of it, so there is no AppContext to narrow; the body below uses only `trx`.
    const heads = new Map<string, ChainHead>()
    const stored = await this.db.transaction().execute((trx) => writeConsentEvents(trx, drafts, heads))
    for (const [id, moved] of heads) this.heads.set(id, moved)
    return stored
  }
}

/** An event whose batch needs nothing but the chain and the status: one organisation, no text, no audit event. */
function chainsAlone(draft: ConsentEventDraft, organizationId: string): boolean {
  return (
    draft.organization_id === organizationId &&
    draft.text === null &&
    draft.state !== 'withdrawn' &&
    draft.state !== 'expired' &&
    (draft.propagations?.length ?? 0) === 0
  )
}

/** Chains drafts after `head` in memory: their rows with hashes, the callers' answers, the head they leave. */
function chainDrafts(
  drafts: readonly ConsentEventDraft[],
  indexes: Iterable<number>,
  head: ChainHead,
  key: Buffer,
  stored: StoredConsentEvent[] = [],
) {
  let seq = head.seq
  let prev = head.hash
  const sealed = new Map<string, string | null>()
  const rows: ChainedConsentRow[] = []
  for (const i of indexes) {
    const {
      text: _text,
      actor: _actor,
      propagations,
      sealedIdentity,
      ...draft
    } = drafts[i] as ConsentEventDraft
    seq += 1
    const fields: ChainedConsentFields = { id: randomUUID(), ...draft, seq, prev_hash: prev }
    const hash = consentEventHash(fields, key)
    stored[i] = {
      id: fields.id,
      seq,
      hash,
      prevHash: prev,
      pendingPropagations: (propagations ?? []).filter((p) => !p.error).map((p) => p.id),
    }
    prev = hash
    sealed.set(fields.id, sealedIdentity ?? null)
    rows.push({ ...fields, hash })
  }
  return { rows, sealed, stored, head: { seq, hash: prev } }
}

/**
 * Chains `drafts` inside the caller's transaction: locks each organisation's chain head, inserts the events, sets
 * the current status, audits withdrawals and inserts propagations. The batch writer uses it for its group commit;
 * a caller whose other writes must commit or fail with the event (the parent's answer, decision 0093) calls it
 * from its own transaction.
 */
export async function writeConsentEvents(
  trx: Transaction<DB>,
  drafts: ConsentEventDraft[],
  /** Told where each organisation's head is left (the consent log's next batch starts from it once committed). */
  heads?: Map<string, ChainHead>,
): Promise<StoredConsentEvent[]> {
  const key = consentChainKey(auditKeysOf(trx).chain)
  const texts = new Map<string, { organization_id: string; hash: string; language: string; body: string }>()
  for (const d of drafts)
    if (d.text)
      texts.set(`${d.organization_id}/${d.text.hash}`, { organization_id: d.organization_id, ...d.text })
  await insertTexts(trx, [...texts.values()])

  const stored = new Array<StoredConsentEvent>(drafts.length)
  const byOrganization = new Map<string, number[]>()
  drafts.forEach((d, i) => {
    const list = byOrganization.get(d.organization_id) ?? []
    list.push(i)
    byOrganization.set(d.organization_id, list)
  })
  // A fixed order of locks, so two writers (two processes) never wait for each other in a circle.
  for (const organizationId of [...byOrganization.keys()].sort()) {
    const indexes = byOrganization.get(organizationId) ?? []
    const head = await lockChainHead(trx, organizationId)
    const { rows, sealed, head: moved } = chainDrafts(drafts, indexes, head, key, stored)
    if (!(await appendChainedEvents(trx, organizationId, head, rows, latestPerPurpose(rows, sealed))))
      throw new Error('The consent chain head moved while it was locked.')
    heads?.set(organizationId, moved)
    await auditWithdrawals(trx, indexes, drafts, rows)
    for (const [n, row] of rows.entries()) {
      const propagations = drafts[indexes[n] as number]?.propagations
      if (propagations) await insertPropagations(trx, organizationId, row.id, row.purpose, propagations)
    }
  }
  return stored
}

/** One status row per person and purpose: the batch's latest event by time (then by sequence). */
function latestPerPurpose(
  rows: ChainedConsentRow[],
  sealed: ReadonlyMap<string, string | null>,
): ConsentStatusRow[] {
  const latest = new Map<string, ChainedConsentFields>()
  for (const row of rows) {
    const k = `${row.subject_key}\u0000${row.purpose}`
    const current = latest.get(k)
    if (!current || current.occurred_at.getTime() <= row.occurred_at.getTime()) latest.set(k, row)
  }
  return [...latest.values()].map((r) => ({
    organization_id: r.organization_id,
    subject_key: r.subject_key,
    purpose: r.purpose,
    state: r.state,
    identity_kind: r.identity_kind,
    identity_masked: r.identity_masked,
    occurred_at: r.occurred_at,
    expires_at: r.expires_at,
    text_hash: r.text_hash,
    event_id: r.id,
    identity_encrypted: sealed.get(r.id) ?? null,
  }))
}

/**
 * A withdrawal (and an expiry) is also an audit event, so that it appears in the organisation's audit log and
 * is sent to the webhooks subscribed to consent.withdrawn / consent.expired (events/catalogue.ts) from the same
 * transaction. Gives and refusals are proven by the consent chain alone.
 */
async function auditWithdrawals(
  trx: Transaction<DB>,
  indexes: number[],
  drafts: ConsentEventDraft[],
  rows: (ChainedConsentFields & { hash: string })[],
) {
  for (let n = 0; n < rows.length; n += 1) {
    const row = rows[n] as ChainedConsentFields
    if (row.state !== 'withdrawn' && row.state !== 'expired') continue
    const draft = drafts[indexes[n] as number] as ConsentEventDraft
    await recordAudit(trx, draft.actor, {
      organizationId: row.organization_id,
      action: row.state === 'withdrawn' ? 'consent.withdrawn' : 'consent.expired',
      targetType: 'consent',
      targetId: row.id,
      summary: {
        consentEventId: row.id,
        seq: row.seq,
        purpose: row.purpose,
        channel: row.channel,
        method: row.method,
        identityKind: row.identity_kind,
        identityMasked: row.identity_masked,
        occurredAt: row.occurred_at.toISOString(),
        ...(row.external_ref ? { externalRef: row.external_ref } : {}),
      },
    })
  }
}

const logs = new WeakMap<Kysely<DB>, ConsentLog>()

/** Appends one event to the consent log of this database handle; settles after its batch committed. */
export function appendConsentEvent(db: Kysely<DB>, draft: ConsentEventDraft): Promise<StoredConsentEvent> {
  let log = logs.get(db)
  if (!log) {
    log = new ConsentLog(db)
    logs.set(db, log)
  }
  return log.append(draft)
}
