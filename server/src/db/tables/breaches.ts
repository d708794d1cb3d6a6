import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn, Timestamp } from './columns'

/** A personal data breach (0022): the facts as entered, the assessment, and the clocks' instants. */
export interface BreachesTable {
  id: Generated<string>
  organization_id: string
  reference: string
  role: 'controller' | 'processor'
  status: Generated<'open' | 'closed'>
  record: Json<Record<string, unknown>>
  assessment: Json<Record<string, unknown>> | null
  aware_at: Timestamp
  part1_due_at: Timestamp
  part1_filed_at: Timestamp | null
  case_number: string | null
  delay_reason: string | null
  part2_due_at: Timestamp | null
  part2_filed_at: Timestamp | null
  controllers_due_at: Timestamp | null
  controllers_notified_at: Timestamp | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** The timeline of a breach: events, decisions (with who decided), filings and the reminders sent. */
export interface BreachEventsTable {
  id: Generated<string>
  organization_id: string
  breach_id: string
  kind: string
  at: Timestamp
  text: Generated<string>
  decided_by: string | null
  recorded_by: string
  reminder_key: string | null
  data: Json<Record<string, unknown>>
  created_at: GeneratedTimestamp
}

/** One letter to one person concerned, through the outbox (delivery status there). */
export interface BreachLettersTable {
  id: Generated<string>
  organization_id: string
  breach_id: string
  /** Null for a person found through a connector query (then recipient_key, 0042). */
  subject_id: string | null
  /** Keyed hash of the address of a person found through a connector query. */
  recipient_key: OptionalColumn<string | null>
  language: string
  outbox_id: string | null
  created_at: GeneratedTimestamp
}

/** A file kept as evidence of a breach (0042), sealed like request attachments. */
export interface BreachEvidenceTable {
  id: string
  organization_id: string
  breach_id: string
  filename: string
  content_type: string
  size_bytes: number
  description: Generated<string>
  content_encrypted: string
  uploaded_by: string
  created_at: GeneratedTimestamp
}

/** A count of the people of a breach through a connector, run as a job (0063): its query, state and result. */
export interface BreachAffectedCountsTable {
  id: Generated<string>
  organization_id: string
  breach_id: string
  status: Generated<'queued' | 'running' | 'done' | 'failed'>
  query: Json<Record<string, unknown>>
  requested_by: Json<Record<string, unknown>>
  rows_read: Generated<number>
  result: Json<Record<string, unknown>> | null
  error: string | null
  created_at: GeneratedTimestamp
  started_at: Timestamp | null
  finished_at: Timestamp | null
  /** Set when a worker takes the count and refreshed while it reads (migration 0068). */
  heartbeat_at: Timestamp | null
}
