import type { ColumnType, Generated } from 'kysely'
import type { GeneratedTimestamp, Json, OptionalColumn } from './columns'

export interface Representative {
  name: string
  address?: string
  email?: string
}

export type Role = 'owner' | 'privacy_officer' | 'agent' | 'auditor'
export type Language = 'nl' | 'fr' | 'en'

export interface OrganizationsTable {
  id: Generated<string>
  slug: string
  name: string
  legal_name: string
  enterprise_number: string | null
  street: string | null
  postal_code: string | null
  city: string | null
  country: Generated<string>
  contact_email: string | null
  privacy_contact_name: string | null
  privacy_contact_email: string | null
  dpo_appointed: Generated<boolean>
  default_language: Generated<Language>
  languages: Json<Language[]>
  request_clock_start: Generated<'receipt' | 'identity_confirmed'>
  request_at_risk_days: Generated<number>
  request_reminder_days: ColumnType<number[], string | number[] | undefined, string | number[]>
  package_link_days: Generated<number>
  phone: OptionalColumn<string | null>
  website: OptionalColumn<string | null>
  privacy_contact_phone: OptionalColumn<string | null>
  representative: ColumnType<Representative | null, string | null | undefined, string | null>
  notice_settings: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>
  legal_form: OptionalColumn<string | null>
  is_sample: Generated<boolean>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface OrganizationPreviousSlugsTable {
  slug: string
  organization_id: string
  replaced_at: GeneratedTimestamp
}

export interface SetupCodesTable {
  id: Generated<number>
  code_sealed: string
  created_at: GeneratedTimestamp
}
