import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn, Timestamp } from './columns'

/** One confirmed DPIA screening per activity (0024), on the activity's register version. */
export interface DpiaScreeningsTable {
  id: Generated<string>
  organization_id: string
  activity_key: string
  activity_version: number
  criteria: Json<string[]>
  gba_items: Json<string[]>
  /** 'required' | 'recommended' | 'not_required' */
  result: string
  reason: string
  confirmed_by_id: string | null
  confirmed_by_label: string
  confirmed_at: GeneratedTimestamp
}

/** One version of an activity's assessment (CNIL structure, content as JSON). */
export interface DpiaAssessmentsTable {
  id: Generated<string>
  organization_id: string
  activity_key: string
  version: number
  /** 'draft' | 'validated' | 'refused' */
  status: Generated<string>
  content: Json<Record<string, unknown>>
  decided_by_label: string | null
  decided_at: Timestamp | null
  decision_reason: string | null
  /** The PDF drawn up at the decision (0065), sealed with the row's id; null before a decision or before 0065. */
  signed_pdf_encrypted: string | null
  signed_pdf_sha256: string | null
  signed_pdf_bytes: number | null
  signed_pdf_language: 'nl' | 'fr' | 'en' | null
  created_by_label: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/**
 * A signed copy of a decided version (0075), sealed with the row's id; only added, never changed but for replaced_by
 * (set once, when a newer copy of the same version is uploaded).
 */
export interface DpiaSignedCopiesTable {
  id: string
  organization_id: string
  assessment_id: string
  filename: string
  size_bytes: number
  sha256: string
  content_encrypted: string
  /** What the uploader said of it (who signed, how); not checked by Custos. */
  note: Generated<string>
  uploaded_by: string
  uploaded_at: GeneratedTimestamp
  replaced_by: string | null
}

export type ActionPriority = 'low' | 'medium' | 'high' | 'critical'
export type ActionStatus = 'open' | 'in_progress' | 'done' | 'cancelled'

/** One action of the action plan: by hand (source 'manual') or opened and closed by a cause (source + key). */
export interface ActionPlanActionsTable {
  id: Generated<string>
  organization_id: string
  source: Generated<string>
  source_key: string | null
  /** nl/fr/en (an automatic action's source words it; a manual one is the text typed, the same in each). */
  title: Json<{ nl: string; fr: string; en: string }>
  description: Generated<string>
  /** A path in the admin UI where the cause is handled, e.g. /orgs/acme/requests/123. */
  link: string | null
  owner_id: string | null
  priority: Generated<ActionPriority>
  effort_days: number | null
  due_date: string | null
  status: Generated<ActionStatus>
  /** 'cause_gone' when an automatic action closed itself; null otherwise. */
  closed_reason: string | null
  closed_at: Timestamp | null
  /** Who closed it (migration 0077); null for an automatic closing and actions closed before. */
  closed_by_label: OptionalColumn<string | null>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

/** One day's indicators of an organisation (0052), stored JSON read through modules/compliance/snapshots.ts. */
export interface ComplianceSnapshotsTable {
  organization_id: string
  /** Brussels date. */
  taken_on: string
  indicators: Json<Record<string, unknown>>
  taken_at: GeneratedTimestamp
}

/** One person's weekly digest of the action plan, once queued (0072): at most one per person and ISO week. */
export interface ActionDigestsTable {
  user_id: string
  /** ISO week of the Brussels day it was sent, e.g. 2026-W50. */
  week: string
  outbox_id: string | null
  organizations: number
  actions: number
  sent_at: GeneratedTimestamp
}
