import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Language, MailLanguage } from '../../db/schema'
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors'
import { bodyOf, envelopeOf, organizationSignature, releaseHeldMail } from '../../mail/outbox'
import { describeError } from '../../mail/smtp-sender'
import { deliverOverSmtp } from '../../mail/smtp-session'
import { renderMail } from '../../mail/templates/render-mail'
import {
  fromHeader,
  type MailTransport,
  mailTransport,
  SMTP_URL_CONTEXT,
  senderAddress,
} from '../../mail/transport'
import type { Organization } from '../organizations'
import { findUserById } from '../users'

/**
 * The installation's mail server, set from the settings page by an installation admin (issue 15): stored in
 * `mail_settings` with the SMTP URL encrypted; it overrides CUSTOS_SMTP_URL and CUSTOS_MAIL_FROM. Also the mail
 * that belongs to no organisation (password resets), which an admin must be able to read while no server is set.
 */

export const MAIL_SECURITY = ['starttls', 'tls', 'none'] as const
export type MailSecurity = (typeof MAIL_SECURITY)[number]

export const mailSettingsInputSchema = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, 'A host name or IP address')
    .describe('the SMTP server, e.g. smtp.example.be'),
  port: z.number().int().min(1).max(65535).describe('usually 587 (starttls) or 465 (tls)'),
  security: z
    .enum(MAIL_SECURITY)
    .describe(
      'starttls: upgrade to TLS when the server offers it (port 587); tls: TLS from the start (465); none',
    ),
  user: z
    .string()
    .trim()
    .max(320)
    .optional()
    .describe('the user name for SMTP authentication, if the server asks one'),
  password: z
    .string()
    .max(1024)
    .optional()
    .describe('Left out: the password stored before is kept (when the user is unchanged)'),
  mailFrom: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .describe(
      'The sender address, e.g. "Custos <privacy@example.be>"; each organisation signs with its name',
    ),
})
export type MailSettingsInput = z.infer<typeof mailSettingsInputSchema>

export interface MailSettingsView {
  source: MailTransport['source']
  host: string | null
  port: number | null
  security: MailSecurity | null
  user: string | null
  passwordSet: boolean
  mailFrom: string
  updatedAt: Date | null
}

/** Only an installation admin configures the mail server and reads the installation's own mail. */
export async function assertInstallationAdmin(ctx: AppContext, userId: string): Promise<void> {
  const user = await findUserById(ctx.db, userId)
  if (!user?.installation_admin)
    throw new Forbidden(
      'Only installation administrators may change the mail server or read installation mail.',
      'installation_admin_required',
    )
}

/** The URL nodemailer reads: scheme, credentials, host, port and the TLS choice as a query parameter. */
export function smtpUrlOf(input: Omit<MailSettingsInput, 'mailFrom'>): string {
  const scheme = input.security === 'tls' ? 'smtps' : 'smtp'
  const credentials = input.user
    ? `${encodeURIComponent(input.user)}${input.password ? `:${encodeURIComponent(input.password)}` : ''}@`
    : ''
  const query = input.security === 'none' ? '?ignoreTLS=true' : ''
  return `${scheme}://${credentials}${input.host}:${input.port}${query}`
}

function describeUrl(url: string | undefined) {
  if (!url) return { host: null, port: null, security: null, user: null, passwordSet: false }
  try {
    const parsed = new URL(url)
    const tls = parsed.protocol === 'smtps:'
    const security: MailSecurity = tls
      ? 'tls'
      : parsed.searchParams.get('ignoreTLS') === 'true'
        ? 'none'
        : 'starttls'
    return {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : tls ? 465 : 587,
      security,
      user: parsed.username ? decodeURIComponent(parsed.username) : null,
      passwordSet: parsed.password !== '',
    }
  } catch {
    return { host: null, port: null, security: null, user: null, passwordSet: false }
  }
}

/** What the settings page shows: where mail goes and from which address; never the password. */
export async function mailSettings(ctx: AppContext): Promise<MailSettingsView> {
  const transport = await mailTransport(ctx)
  const row = await ctx.db.selectFrom('mail_settings').select('updated_at').executeTakeFirst()
  return {
    source: transport.source,
    ...describeUrl(transport.smtpUrl),
    mailFrom: transport.mailFrom,
    updatedAt: row?.updated_at ?? null,
  }
}

/** Stores the mail server (the URL encrypted) and puts mail held while there was none back in line. */
export async function saveMailSettings(
  ctx: AppContext,
  actor: Actor & { id: string },
  input: MailSettingsInput,
): Promise<MailSettingsView> {
  if (!senderAddress(input.mailFrom)) {
    throw new InvalidInput(
      [{ path: 'body.mailFrom', code: 'invalid_email', message: 'Not an e-mail address' }],
      'The sender is not an e-mail address.',
    )
  }
  let password = input.password
  if (password === undefined && input.user) {
    // Keep the stored password when the form is saved again without retyping it (same user).
    const current = describeUrl((await mailTransport(ctx)).smtpUrl)
    const stored = await ctx.db.selectFrom('mail_settings').select('smtp_url_encrypted').executeTakeFirst()
    if (stored && current.user === input.user) {
      const url = new URL(ctx.encryption.decrypt(stored.smtp_url_encrypted, SMTP_URL_CONTEXT))
      password = decodeURIComponent(url.password) || undefined
    }
  }
  const smtpUrl = smtpUrlOf({ ...input, ...(password !== undefined ? { password } : {}) })
  await inTransaction(ctx, async (tx) => {
    const values = {
      smtp_url_encrypted: ctx.encryption.encrypt(smtpUrl, SMTP_URL_CONTEXT),
      mail_from: input.mailFrom,
      updated_by: actor.id,
      updated_at: sql<Date>`now()`,
    }
    await tx.db
      .insertInto('mail_settings')
      .values({ one_row: true, ...values })
      .onConflict((oc) => oc.column('one_row').doUpdateSet(values))
      .execute()
    await recordAudit(tx.db, actor, {
      organizationId: null,
      action: 'installation.mail_settings_saved',
      targetType: 'installation',
      targetId: null,
      summary: {
        host: input.host,
        port: input.port,
        security: input.security,
        user: input.user ?? null,
        mailFrom: input.mailFrom,
      },
    })
  })
  const released = await releaseHeldMail(ctx.db)
  if (released > 0) ctx.logger.info({ released }, 'A mail server was set: held mail will be sent')
  return mailSettings(ctx)
}

/** Forgets the stored server: the environment (CUSTOS_SMTP_URL) applies again, or mail is held. */
export async function removeMailSettings(ctx: AppContext, actor: Actor): Promise<MailSettingsView> {
  await inTransaction(ctx, async (tx) => {
    const deleted = await tx.db.deleteFrom('mail_settings').executeTakeFirst()
    if (deleted.numDeletedRows === 0n) return
    await recordAudit(tx.db, actor, {
      organizationId: null,
      action: 'installation.mail_settings_removed',
      targetType: 'installation',
      targetId: null,
      summary: {},
    })
  })
  return mailSettings(ctx)
}

/**
 * Sends a test mail at once over the configured server, signed by the organisation the admin tests it for (as
 * its mail will be), and says whether the server accepted it. Not queued: the answer is the point.
 */
export async function sendTestMail(
  ctx: AppContext,
  actor: Actor & { id: string },
  input: { to: string; language: Language; organization: Organization | undefined },
): Promise<{ delivered: true; from: string }> {
  const transport = await mailTransport(ctx)
  if (!transport.smtpUrl) {
    throw new Conflict('smtp_test_failed', 'No mail server is configured.', {
      params: { reason: 'No mail server is configured.' },
    })
  }
  const signature = input.organization
    ? await organizationSignature(ctx.db, input.organization.id)
    : undefined
  const content = renderMail('mail-test', input.language, { requestedBy: actor.label }, signature)
  const from = fromHeader(transport.mailFrom, signature?.organization)
  try {
    await deliverOverSmtp(
      transport.smtpUrl,
      {
        from,
        ...(signature?.contactEmail ? { replyTo: signature.contactEmail } : {}),
        to: input.to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId: `<test-${randomUUID()}@custos>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': input.language },
      },
      async () => undefined,
    )
  } catch (error) {
    const reason = describeError(error, transport.smtpUrl)
    throw new Conflict('smtp_test_failed', `The mail server refused the test mail: ${reason}`, {
      params: { reason },
    })
  }
  await inTransaction(ctx, (tx) =>
    recordAudit(tx.db, actor, {
      organizationId: input.organization?.id ?? null,
      action: 'installation.mail_test_sent',
      targetType: 'installation',
      targetId: null,
      summary: { organization: input.organization?.slug ?? null },
    }),
  )
  return { delivered: true, from: typeof from === 'string' ? from : `${from.name} <${from.address}>` }
}

export interface InstallationMail {
  id: string
  to: string
  subject: string
  template: string
  language: MailLanguage
  status: string
  createdAt: Date
  textBody: string | null
}

/** Mail of no organisation (password resets), newest first, with its text while it is kept. */
export async function installationMail(ctx: AppContext, limit = 50): Promise<InstallationMail[]> {
  const rows = await ctx.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('organization_id', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => {
    const envelope = envelopeOf(ctx.encryption, row)
    return {
      id: row.id,
      to: envelope.to,
      subject: envelope.subject,
      template: row.template,
      language: row.language,
      status: row.status,
      createdAt: row.created_at,
      textBody: bodyOf(ctx.encryption, row)?.text ?? null,
    }
  })
}
