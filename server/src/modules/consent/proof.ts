import type { Kysely, Selectable } from 'kysely'
import { auditKeysOf } from '../../audit/key'
import type { AppContext } from '../../context'
import type { ConsentEventsTable, DB } from '../../db/schema'
import { NotFound } from '../../domain/errors'
import { type AgeEvidence, type ConsentEvidence, readEvidence } from './evidence'
import {
  type ChainedConsentFields,
  CONSENT_GENESIS_HASH,
  type ConsentState,
  consentChainKey,
  consentEventHash,
} from './model'
import { type PropagationView, propagationsOf } from './propagation'
import * as repo from './repository'
import { type PurposeStatus, presentStatusRow } from './status'

type EventRow = Selectable<ConsentEventsTable>

function chained(row: EventRow): ChainedConsentFields {
  const { hash: _hash, ...fields } = row
  return { ...fields, evidence: row.evidence ?? null }
}

function rowHashValid(row: EventRow, key: Buffer): boolean {
  return consentEventHash(chained(row), key) === row.hash
}

export interface ConsentEventView {
  id: string
  seq: number
  identityKind: string
  identityMasked: string
  purpose: string
  state: ConsentState
  textHash: string | null
  language: string
  channel: string
  method: string
  occurredAt: Date
  recordedAt: Date
  expiresAt: Date | null
  source: string | null
  ip: string | null
  userAgent: string | null
  evidence: { callReference?: string; documentReference?: string } | null
  /** The age group stated and, under 13, the parental consent. */
  age: AgeEvidence | null
  externalRef: string | null
  recordedBy: { type: string; label: string }
  prevHash: string
  hash: string
  hashValid: boolean
  /** A withdrawal's calls to the organisation's systems, with their status. */
  propagations: PropagationView[]
}

function evidenceView(evidence: ConsentEvidence | null): Pick<ConsentEventView, 'evidence' | 'age'> {
  const { age, ...references } = evidence ?? {}
  const kept = Object.fromEntries(Object.entries(references).filter((e) => e[1] !== undefined))
  return { evidence: Object.keys(kept).length > 0 ? kept : null, age: age ?? null }
}

/** One record of the chain as shown, with whether its hash still matches (recomputed with `key`). */
export function presentEventRow(row: EventRow, key: Buffer): ConsentEventView {
  return {
    id: row.id,
    seq: row.seq,
    identityKind: row.identity_kind,
    identityMasked: row.identity_masked,
    purpose: row.purpose,
    state: row.state as ConsentState,
    textHash: row.text_hash,
    language: row.language,
    channel: row.channel,
    method: row.method,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    expiresAt: row.expires_at,
    source: row.source,
    ip: row.ip,
    userAgent: row.user_agent,
    ...evidenceView(readEvidence(row.evidence, row.id)),
    externalRef: row.external_ref,
    recordedBy: { type: row.actor_type, label: row.actor_label },
    prevHash: row.prev_hash,
    hash: row.hash,
    hashValid: rowHashValid(row, key),
    propagations: [],
  }
}

/** The views with the propagations of the withdrawals and expiries among them. */
export async function withPropagations(
  db: Kysely<DB>,
  organizationId: string,
  views: ConsentEventView[],
): Promise<ConsentEventView[]> {
  const ids = views.filter((v) => v.state === 'withdrawn' || v.state === 'expired').map((v) => v.id)
  const byEvent = await propagationsOf(db, organizationId, ids)
  return views.map((v) => ({ ...v, propagations: byEvent.get(v.id) ?? [] }))
}

export interface ConsentProof {
  /** The identities the proof was looked up by (masked). */
  identities: { kind: string; masked: string }[]
  status: (PurposeStatus & { identityKind: string; identityMasked: string })[]
  /** Every recorded choice, newest first, with the texts they refer to. */
  events: ConsentEventView[]
  texts: { hash: string; language: string; body: string }[]
}

/** Everything recorded about the consent of the persons behind these subject keys: status, events, texts. */
export async function consentProofByKeys(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  keys: { subjectKey: string; kind: string; masked: string }[],
  now = new Date(),
): Promise<ConsentProof> {
  const subjectKeys = keys.map((k) => k.subjectKey)
  const key = consentChainKey(auditKeysOf(ctx.db).chain)
  const [status, events] = await Promise.all([
    repo.statusOf(ctx.db, organizationId, subjectKeys),
    repo.eventsOf(ctx.db, organizationId, subjectKeys),
  ])
  const hashes = [...new Set(events.map((e) => e.text_hash).filter((h): h is string => h !== null))]
  const texts = []
  for (const hash of hashes) {
    const text = await repo.findText(ctx.db, organizationId, hash)
    if (text) texts.push({ hash: text.hash, language: text.language, body: text.body })
  }
  return {
    identities: keys.map((k) => ({ kind: k.kind, masked: k.masked })),
    status: status.map((r) => ({
      ...presentStatusRow(r, now),
      identityKind: r.identity_kind,
      identityMasked: r.identity_masked,
    })),
    events: await withPropagations(
      ctx.db,
      organizationId,
      events.map((e) => presentEventRow(e, key)),
    ),
    texts,
  }
}

/** The consent proof of a subject of the index: through the blind indexes of all their identities. */
export async function consentProofOfSubject(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  subjectId: string,
  now = new Date(),
): Promise<ConsentProof> {
  const subject = await ctx.db
    .selectFrom('subjects')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', subjectId)
    .executeTakeFirst()
  if (!subject) throw new NotFound('subject')
  const identities = await repo.lookupKeysOfSubject(ctx.db, organizationId, subjectId)
  return consentProofByKeys(
    ctx,
    organizationId,
    identities.map((i) => ({ subjectKey: i.lookup_key, kind: i.kind, masked: i.value_masked })),
    now,
  )
}

export type ConsentChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'head-mismatch'; seq: number }

export interface ConsentChainReport {
  ok: boolean
  checked: number
  problems: ConsentChainProblem[]
}

/** Walks an organisation's consent chain in order: every edited, removed or re-linked record is reported. */
export async function verifyConsentChain(
  db: Kysely<DB>,
  organizationId: string,
): Promise<ConsentChainReport> {
  const key = consentChainKey(auditKeysOf(db).chain)
  const problems: ConsentChainProblem[] = []
  let expectedSeq = 1
  let prev = CONSENT_GENESIS_HASH
  let checked = 0
  for (;;) {
    const page = await repo.chainPage(db, organizationId, expectedSeq - 1, 2000)
    if (page.length === 0) break
    for (const row of page) {
      if (row.seq !== expectedSeq) problems.push({ kind: 'missing', seq: expectedSeq })
      if (row.prev_hash !== prev) problems.push({ kind: 'broken-link', seq: row.seq })
      if (!rowHashValid(row, key)) problems.push({ kind: 'altered', seq: row.seq })
      prev = row.hash
      expectedSeq = row.seq + 1
      checked += 1
    }
  }
  const head = await repo.chainHead(db, organizationId)
  if (head && (head.seq !== expectedSeq - 1 || (head.seq > 0 && head.hash !== prev)))
    problems.push({ kind: 'head-mismatch', seq: head.seq })
  return { ok: problems.length === 0, checked, problems }
}
