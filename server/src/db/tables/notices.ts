import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'
import type { Language } from './organizations'

export interface NoticeVersionsTable {
  id: Generated<string>
  organization_id: string
  version: number
  effective_date: string
  material: boolean
  change_summary: string | null
  register_snapshot: Json<Record<string, unknown>>
  /** Per language: { json: NoticeDocument, markdown, html } */
  documents: Json<Record<string, { json: unknown; markdown: string; html: string }>>
  published_by: string
  published_at: GeneratedTimestamp
}

export interface NoticeSubscribersTable {
  id: Generated<string>
  organization_id: string
  email: string
  language: Language
  confirm_token_hash: string | null
  confirmed_at: Timestamp | null
  created_at: GeneratedTimestamp
}
