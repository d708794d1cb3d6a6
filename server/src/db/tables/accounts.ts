import type { Generated } from 'kysely'
import type { GeneratedTimestamp, Json, Timestamp } from './columns'
import type { Language, Role } from './organizations'

export interface UsersTable {
  id: Generated<string>
  email: string
  display_name: string
  password_hash: string | null
  preferred_language: Generated<Language>
  totp_secret: string | null
  totp_enabled: Generated<boolean>
  /** The TOTP time step (unix time / 30 s) of the last code accepted; a code is never accepted twice (0008). */
  totp_last_step: number | null
  /** May create organisations when CUSTOS_ORG_CREATION is 'admins' (0008). */
  installation_admin: Generated<boolean>
  /** Receives the weekly digest of the action plan (0072); the person's own opt-out. */
  action_digest: Generated<boolean>
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface MembershipsTable {
  user_id: string
  organization_id: string
  role: Role
  created_at: GeneratedTimestamp
}

export interface SessionsTable {
  id: string
  user_id: string
  csrf_token: string
  second_factor_pending: boolean
  created_at: GeneratedTimestamp
  expires_at: Timestamp
  last_seen_at: GeneratedTimestamp
  ip: string | null
  user_agent: string | null
}

export interface LoginFailuresTable {
  id: Generated<number>
  email_key: string
  ip: string | null
  at: GeneratedTimestamp
}

/** An address from which an account (blind index of its e-mail) signed in successfully (0008). */
export interface LoginKnownSourcesTable {
  email_key: string
  source_key: string
  last_success_at: GeneratedTimestamp
}

export interface PasswordResetsTable {
  token_hash: string
  user_id: string
  expires_at: Timestamp
  used_at: Timestamp | null
  created_at: GeneratedTimestamp
}

export interface ApiTokensTable {
  id: Generated<string>
  organization_id: string
  name: string
  token_hash: string
  prefix: string
  scopes: Json<string[]>
  created_by: string | null
  created_at: GeneratedTimestamp
  last_used_at: Timestamp | null
  expires_at: Timestamp | null
  revoked_at: Timestamp | null
}
