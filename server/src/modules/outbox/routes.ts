import { z } from 'zod'
import type { Grant } from '../../auth/policy'
import type { AppContext } from '../../context'
import { languageSchema, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { mailTransport } from '../../mail/transport'
import {
  assertInstallationAdmin,
  installationMail,
  MAIL_SECURITY,
  type MailSettingsView,
  mailSettings,
  mailSettingsInputSchema,
  removeMailSettings,
  saveMailSettings,
  sendTestMail,
} from './installation'
import { outboxActions, outboxMessageCanSchema, outboxMessagePermissions } from './policy'
import type { OutboxMessage, OutboxMessageSummary } from './repository'
import { isRetryable, outboxMessage, outboxOf, retryMessage } from './service'

const statusSchema = z
  .enum(['pending', 'sent', 'failed', 'held', 'unconfirmed'])
  .describe(
    'unconfirmed: Custos stopped while the SMTP server was accepting the mail; it may have been delivered and ' +
      'is not sent again unless retried',
  )
/** A mail's language: de only for the mails of the public consent pages (the parent's confirmation). */
const mailLanguageSchema = z
  .enum(['nl', 'fr', 'en', 'de'])
  .describe(
    'de only for the mails of the public consent pages, which offer German (the parent’s confirmation)',
  )
const summarySchema = z.object({
  id: z.string(),
  to: z.string(),
  language: mailLanguageSchema,
  template: z.string(),
  subject: z.string(),
  status: statusSchema,
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  can: outboxMessageCanSchema,
})
const messageSchema = summarySchema.extend({
  textBody: z.string().nullable().describe('Null once purged, CUSTOS_MAIL_BODY_DAYS days after delivery'),
  htmlBody: z.string().nullable(),
  bodyPurgedAt: z.string().nullable(),
})
const messageParams = slugParams.extend({ id: z.uuid() })

const mailSettingsSchema = z.object({
  source: z
    .enum(['settings', 'environment', 'none'])
    .describe('settings: set on this page; environment: CUSTOS_SMTP_URL; none: mail is held in the outbox'),
  host: z.string().nullable(),
  port: z.number().nullable(),
  security: z.enum(MAIL_SECURITY).nullable(),
  user: z.string().nullable(),
  passwordSet: z.boolean(),
  mailFrom: z.string(),
  updatedAt: z.string().nullable(),
})

function presentSettings(view: MailSettingsView) {
  return { ...view, updatedAt: view.updatedAt?.toISOString() ?? null }
}

function presentSummary(m: OutboxMessageSummary, grant: Grant) {
  return {
    id: m.id,
    to: m.to,
    language: m.language,
    template: m.template,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    can: outboxMessagePermissions(grant, isRetryable(m)),
  }
}

function presentMessage(m: OutboxMessage, grant: Grant) {
  return {
    ...presentSummary(m, grant),
    textBody: m.textBody,
    htmlBody: m.htmlBody,
    bodyPurgedAt: m.bodyPurgedAt?.toISOString() ?? null,
  }
}

export function registerOutboxRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/outbox',
    {
      schema: {
        tags: tags.outbox,
        summary:
          'Mail sent or waiting to be sent by the organisation (held when no SMTP server is configured)',
        params: slugParams,
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(200).default(50).describe('page size'),
          before: z.uuid().optional().describe('the cursor: the id of the last message of the previous page'),
          status: statusSchema.optional(),
        }),
        response: { 200: z.object({ items: z.array(summarySchema), smtpConfigured: z.boolean() }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, outboxActions.read)
      const messages = await outboxOf(ctx, organization, request.query)
      return {
        items: messages.map((m) => presentSummary(m, grant)),
        smtpConfigured: Boolean((await mailTransport(ctx)).smtpUrl),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/outbox/:id',
    {
      schema: {
        tags: tags.outbox,
        summary: 'One mail with its text',
        params: messageParams,
        response: { 200: messageSchema },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, outboxActions.read)
      return presentMessage(await outboxMessage(ctx, organization, request.params.id), grant)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/outbox/:id/retry',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Send a failed, held or unconfirmed mail again (409 mail_not_retryable for any other)',
        params: messageParams,
        response: { 202: z.object({ status: z.literal('pending') }) },
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, outboxActions.retry)
      await retryMessage(ctx, organization, request.params.id)
      return reply.code(202).send({ status: 'pending' as const })
    },
  )

  app.get(
    '/api/v1/installation/mail',
    {
      schema: {
        tags: tags.outbox,
        summary: 'The mail server of the installation (installation admins)',
        response: { 200: mailSettingsSchema },
      },
    },
    async (request) => {
      await assertInstallationAdmin(ctx, requireUser(request).userId)
      return presentSettings(await mailSettings(ctx))
    },
  )

  app.put(
    '/api/v1/installation/mail',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Set the mail server (installation admins); overrides CUSTOS_SMTP_URL',
        body: mailSettingsInputSchema,
        response: { 200: mailSettingsSchema },
      },
    },
    async (request) => {
      const user = requireUser(request)
      await assertInstallationAdmin(ctx, user.userId)
      return presentSettings(
        await saveMailSettings(ctx, { ...actorOf(request), id: user.userId }, request.body),
      )
    },
  )

  app.delete(
    '/api/v1/installation/mail',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Forget the mail server set here; CUSTOS_SMTP_URL applies again (installation admins)',
        response: { 200: mailSettingsSchema },
      },
    },
    async (request) => {
      await assertInstallationAdmin(ctx, requireUser(request).userId)
      return presentSettings(await removeMailSettings(ctx, actorOf(request)))
    },
  )

  app.post(
    '/api/v1/installation/mail/test',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Send a test mail now, signed by one of your organisations (installation admins)',
        body: z.strictObject({
          to: z.email().max(320).describe('where the test mail goes'),
          language: languageSchema.default('en').describe('the language of the test mail'),
          organization: z
            .string()
            .max(100)
            .optional()
            .describe('Slug of an organisation of yours: the test mail is signed by it, as its mail will be'),
        }),
        response: { 200: z.object({ delivered: z.literal(true), from: z.string() }) },
      },
    },
    async (request) => {
      const user = requireUser(request)
      await assertInstallationAdmin(ctx, user.userId)
      const organization = request.body.organization
        ? (await orgAccess(ctx, request, request.body.organization, outboxActions.read)).organization
        : undefined
      return sendTestMail(ctx, { ...actorOf(request), id: user.userId }, { ...request.body, organization })
    },
  )

  app.get(
    '/api/v1/installation/outbox',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Mail of no organisation, such as password resets, with its text (installation admins)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                to: z.string(),
                subject: z.string(),
                template: z.string(),
                language: mailLanguageSchema,
                status: statusSchema,
                createdAt: z.string(),
                textBody: z.string().nullable(),
              }),
            ),
            smtpConfigured: z.boolean(),
          }),
        },
      },
    },
    async (request) => {
      await assertInstallationAdmin(ctx, requireUser(request).userId)
      const items = await installationMail(ctx)
      return {
        items: items.map((m) => ({
          ...m,
          status: m.status as z.infer<typeof statusSchema>,
          createdAt: m.createdAt.toISOString(),
        })),
        smtpConfigured: Boolean((await mailTransport(ctx)).smtpUrl),
      }
    },
  )
}
