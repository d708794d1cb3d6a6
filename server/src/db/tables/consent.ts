import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'

/** A consent text as shown, stored once and referenced by its SHA-256 (0019). */
export interface ConsentTextsTable {
  organization_id: string
  hash: string
  language: string
  body: string
  created_at: Timestamp
}

/** The head of an organisation's consent chain: the last sequence number and hash (0019). */
export interface ConsentChainHeadsTable {
  organization_id: string
  seq: number
  hash: string
}

/** One consent choice, as proof: append only, hash-chained per organisation (0019). */
export interface ConsentEventsTable {
  id: string
  organization_id: string
  seq: number
  subject_key: string
  identity_kind: string
  identity_masked: string
  purpose: string
  state: string
  text_hash: string | null
  language: string
  channel: string
  method: string
  occurred_at: Timestamp
  recorded_at: Timestamp
  expires_at: Timestamp | null
  source: string | null
  ip: string | null
  user_agent: string | null
  /** Stored JSON `consent_events.evidence` (modules/consent/evidence.ts): references, a child's age group. */
  evidence: Json<Record<string, unknown>> | null
  external_ref: string | null
  actor_type: string
  actor_id: string | null
  actor_label: string
  prev_hash: string
  hash: string
}

/** The current consent of one person for one purpose (0019). */
export interface ConsentStatusTable {
  organization_id: string
  subject_key: string
  purpose: string
  state: string
  identity_kind: string
  identity_masked: string
  occurred_at: Timestamp
  expires_at: Timestamp | null
  text_hash: string | null
  event_id: string
  /**
   * While a given consent with an end date runs: the identity it was given under, encrypted (context
   * consentStatusIdentityContext), for the expiry job's calls to the systems (0054). Null otherwise.
   */
  identity_encrypted: ColumnType<string | null, string | null | undefined, string | null>
}

/** A withdrawal propagated to one system of the organisation (0041). */
export interface ConsentPropagationsTable {
  id: string
  organization_id: string
  consent_event_id: string
  dataset_id: string | null
  dataset_key: string
  dataset_name: string
  purpose: string
  identity_encrypted: string | null
  status: 'pending' | 'done' | 'failed'
  attempts: Generated<number>
  last_error: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  finished_at: Timestamp | null
  /** When the person was erased from the index while this call was open (0071). */
  subject_erased_at: Timestamp | null
}

/** A child's consent waiting for the parent's confirmation by e-mail (0076, decision 0093). */
export interface ConsentParentalRequestsTable {
  id: string
  organization_id: string
  subject_key: string
  identity_kind: string
  identity_masked: string
  /** The child's identity, encrypted, for a consent with an end (its expiry is passed on); null otherwise. */
  identity_sealed: string | null
  purpose: string
  text_hash: string
  language: string
  channel: string
  source: string | null
  external_ref: string | null
  /** How long a confirmed consent lasts; null: without end. */
  consent_days: number | null
  relationship: string
  /** The parent's address as a keyed hash (never the address). */
  parent_key: string
  parent_masked: string
  /** SHA-256 of the link's token, hex. */
  token_hash: string
  status: ColumnType<
    'pending' | 'confirmed' | 'refused' | 'expired' | 'superseded',
    'pending' | undefined,
    'confirmed' | 'refused' | 'expired' | 'superseded'
  >
  requested_at: Timestamp
  link_expires_at: Timestamp
  decided_at: Timestamp | null
  pending_event_id: string
  decision_event_id: string | null
  /** The later request that replaced this one (status superseded by a new request); null otherwise. */
  superseded_by: string | null
  /** Why a superseded request was closed (0090); null when open, answered, expired, or closed before 0090. */
  closed_because: ParentalClosedBecause | null
}

/** Why a parent's confirmation request was closed without a record (0090). */
export type ParentalClosedBecause = 'replaced' | 'later_choice' | 'person_erased' | 'purpose_ended'
