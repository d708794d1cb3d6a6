import type { Kysely } from 'kysely'
import addressparser from 'nodemailer/lib/addressparser'
import type { Config } from '../config'
import type { Encryption } from '../crypto/encryption'
import type { DB } from '../db/schema'

/**
 * Where mail goes: the SMTP server and sender address set by an installation admin on the settings page
 * (`mail_settings`, the URL encrypted), else CUSTOS_SMTP_URL and CUSTOS_MAIL_FROM, else nowhere (mail is held).
 */
export interface MailTransport {
  smtpUrl: string | undefined
  mailFrom: string
  source: 'settings' | 'environment' | 'none'
}

/** The encryption context of the stored SMTP URL: a value copied elsewhere does not decrypt. */
export const SMTP_URL_CONTEXT = 'mail_settings.smtp_url'

interface TransportContext {
  db: Kysely<DB>
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>
  encryption: Encryption
}

export async function mailTransport(ctx: TransportContext): Promise<MailTransport> {
  const row = await ctx.db
    .selectFrom('mail_settings')
    .select(['smtp_url_encrypted', 'mail_from'])
    .executeTakeFirst()
  if (row) {
    return {
      smtpUrl: ctx.encryption.decrypt(row.smtp_url_encrypted, SMTP_URL_CONTEXT),
      mailFrom: row.mail_from,
      source: 'settings',
    }
  }
  return {
    smtpUrl: ctx.config.smtpUrl,
    mailFrom: ctx.config.mailFrom,
    source: ctx.config.smtpUrl ? 'environment' : 'none',
  }
}

/** The bare address of a sender such as `Custos <no-reply@example.be>`; undefined when there is none. */
export function senderAddress(mailFrom: string): string | undefined {
  const [first] = addressparser(mailFrom, { flatten: true })
  return first?.address || undefined
}

/**
 * The From of a mail: the installation's sender address, under the organisation's name when the mail is sent for
 * one (the address stays the installation's, so SPF and DKIM keep passing).
 */
export function fromHeader(
  mailFrom: string,
  displayName: string | undefined,
): string | { name: string; address: string } {
  const address = senderAddress(mailFrom)
  if (!displayName || !address) return mailFrom
  return { name: displayName.replace(/[\r\n\t]+/g, ' ').trim(), address }
}
