import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn, Timestamp } from './columns'
import type { Language } from './organizations'

export interface RequestSequencesTable {
  organization_id: string
  year: number
  last: number
}

export interface RequestsTable {
  id: string
  organization_id: string
  reference: string
  subject_id: string | null
  status: string
  types: Json<string[]>
  channel: string
  language: Language
  received_at: Timestamp
  due_date: string
  extended_due_date: string | null
  assignee_id: string | null
  /** The domain's DataSubjectRequest, as JSON (dates as ISO strings). */
  state: Json<Record<string, unknown>>
  /** The requester as given (name, e-mail, postal address), encrypted JSON; not in `state`. */
  subject_encrypted: string | null
  /** Clear-text column of before migration 0009: emptied at start-up (see db/personal-data-sealing.ts). */
  requester_email: OptionalColumn<string | null>
  requester_email_encrypted: string | null
  /** The subject index's blind index of the address (identity kind e-mail). */
  requester_email_key: string | null
  email_verified_at: Timestamp | null
  verify_token_hash: string | null
  status_token_hash: string | null
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
  closed_at: Timestamp | null
  /** Migration 0012: the day-independent part of the timeline (domain storedDeadlines), for lists and report. */
  received_on: string | null
  current_due_date: string | null
  at_risk_from: string | null
  settled_state: string | null
  urgency: Generated<number>
  days_to_answer: number | null
  close_reason: string | null
  deadline_basis: string | null
}

export interface RequestEventsTable {
  id: Generated<number>
  organization_id: string
  request_id: string
  at: Timestamp
  kind: string
  actor_label: string
  /** The event's facts without its personal fields (requests/event-data.ts). */
  data: Json<Record<string, unknown>>
  /** The personal fields (a letter's address and text, a contact), encrypted JSON, or null. */
  personal_encrypted: OptionalColumn<string | null>
}

export interface RequestNotesTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  author_id: string | null
  author_label: string
  body: string
  created_at: GeneratedTimestamp
}

export interface RequestTasksTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  system_key: string | null
  title: string
  status: Generated<'open' | 'done' | 'not_applicable'>
  done_by: string | null
  done_at: Timestamp | null
  proof: string | null
  created_at: GeneratedTimestamp
}

export interface RequestAttachmentsTable {
  id: Generated<string>
  organization_id: string
  request_id: string
  kind: 'original' | 'id_document' | 'answer' | 'other'
  filename: string
  content_type: string
  size_bytes: number
  content_encrypted: string | null
  delete_after_decision: Generated<boolean>
  created_at: GeneratedTimestamp
  deleted_at: Timestamp | null
}
