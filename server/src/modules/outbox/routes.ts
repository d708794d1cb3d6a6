import { z } from 'zod'
import type { AppContext } from '../../context'
import { languageSchema, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { notFound } from '../../http/problem'
import type { App } from '../../http/types'
import {
  dispatchQueuedMail,
  getOutboxMessage,
  listOutbox,
  type OutboxMessage,
  type OutboxSummary,
  retryOutboxMessage,
} from '../../mail/outbox'
import { outboxActions } from './policy'

const statusSchema = z
  .enum(['pending', 'sent', 'failed', 'held', 'unconfirmed'])
  .describe(
    'unconfirmed: Custos stopped while the SMTP server was accepting the mail; it may have been delivered and ' +
      'is not sent again unless retried',
  )
const summarySchema = z.object({
  id: z.string(),
  to: z.string(),
  language: languageSchema,
  template: z.string(),
  subject: z.string(),
  status: statusSchema,
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
})
const messageSchema = summarySchema.extend({
  textBody: z.string().nullable().describe('Null once purged, CUSTOS_MAIL_BODY_DAYS days after delivery'),
  htmlBody: z.string().nullable(),
  bodyPurgedAt: z.string().nullable(),
})
const messageParams = slugParams.extend({ id: z.uuid() })

function presentSummary(m: OutboxSummary) {
  return {
    id: m.id,
    to: m.to_address,
    language: m.language,
    template: m.template,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.last_error,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  }
}

function presentMessage(m: OutboxMessage) {
  return {
    ...presentSummary(m),
    textBody: m.text_body,
    htmlBody: m.html_body,
    bodyPurgedAt: m.body_purged_at?.toISOString() ?? null,
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
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z.uuid().optional(),
          status: statusSchema.optional(),
        }),
        response: { 200: z.object({ items: z.array(summarySchema), smtpConfigured: z.boolean() }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, outboxActions.read)
      const rows = await listOutbox(ctx.db, ctx.encryption, organization.id, request.query)
      return { items: rows.map(presentSummary), smtpConfigured: Boolean(ctx.config.smtpUrl) }
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
      const { organization } = await orgAccess(ctx, request, request.params.slug, outboxActions.read)
      const message = await getOutboxMessage(ctx.db, ctx.encryption, organization.id, request.params.id)
      if (!message) throw notFound('Mail')
      return presentMessage(message)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/outbox/:id/retry',
    {
      schema: {
        tags: tags.outbox,
        summary: 'Send a failed, held or unconfirmed mail again',
        params: messageParams,
        response: { 202: z.object({ status: z.literal('pending') }) },
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, outboxActions.retry)
      if (!(await retryOutboxMessage(ctx.db, organization.id, request.params.id)))
        throw notFound('Failed, held or unconfirmed mail')
      await dispatchQueuedMail(ctx, [request.params.id])
      return reply.code(202).send({ status: 'pending' as const })
    },
  )
}
