import type { Generated } from 'kysely'
import type { GeneratedTimestamp, OptionalColumn, Timestamp } from './columns'
import type { Language } from './organizations'

/** `unconfirmed`: the process died while the SMTP server was accepting the mail; it is not sent again by itself. */
/** A mail's language: the three of the application, and German for the mails of the public consent pages. */
export type MailLanguage = Language | 'de'

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'held' | 'unconfirmed'

export interface OutboxMessagesTable {
  id: Generated<string>
  organization_id: string | null
  /** Clear-text columns of before migration 0009: emptied at start-up (see db/personal-data-sealing.ts). */
  to_address: OptionalColumn<string | null>
  subject: OptionalColumn<string | null>
  text_body: OptionalColumn<string | null>
  html_body: OptionalColumn<string | null>
  /** Encrypted JSON { to, subject } (mail/outbox-seal.ts). */
  envelope_encrypted: string | null
  /** Encrypted JSON { text, html }; null once purged (body_purged_at). */
  body_encrypted: string | null
  body_purged_at: Timestamp | null
  handed_over_at: Timestamp | null
  language: MailLanguage
  template: string
  status: Generated<OutboxStatus>
  attempts: Generated<number>
  last_error: string | null
  created_at: GeneratedTimestamp
  next_attempt_at: GeneratedTimestamp
  sent_at: Timestamp | null
}

/** The installation's mail server set from the settings page (one row; overrides CUSTOS_SMTP_URL/CUSTOS_MAIL_FROM). */
export interface MailSettingsTable {
  one_row: Generated<boolean>
  /** The SMTP URL with its credentials, encrypted (bound to `mail_settings.smtp_url`). */
  smtp_url_encrypted: string
  mail_from: string
  updated_by: string | null
  updated_at: GeneratedTimestamp
}
