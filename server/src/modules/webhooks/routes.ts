import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import { EVENT_TYPES, type EventType, TEST_EVENT_TYPE } from '../../events/catalogue'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { deliverNow, MAX_ATTEMPTS } from './delivery'
import {
  changeEndpoint,
  createEndpoint,
  DEFAULT_OVERLAP_HOURS,
  MAX_OVERLAP_HOURS,
  queueTestEvent,
  removeEndpoint,
  rotateSecret,
} from './endpoints'
import { webhookActions } from './policy'
import { presentDelivery, presentEndpoint } from './presenter'
import { findEndpoint, listAttempts, listDeliveries, listEndpoints } from './repository'

const tags = ['webhooks']
const eventTypeSchema = z.enum(EVENT_TYPES as [EventType, ...EventType[]])
const urlSchema = z
  .url({ protocol: /^https?$/, error: 'An http or https URL.' })
  .max(2000)
  .describe('Where Custos POSTs the events (http or https; the host must be in the network allow-list)')
const endpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  disabledReason: z
    .enum(['failing', 'manual'])
    .nullable()
    .describe('failing: a delivery used up its attempts; manual: someone switched it off'),
  disabledAt: z.string().nullable(),
  previousSecretUntil: z
    .string()
    .nullable()
    .describe('after a rotation: until when the replaced secret still signs next to the current one'),
  createdAt: z.string(),
  updatedAt: z.string(),
})
const rotateSchema = z.object({
  overlapHours: z
    .number()
    .int()
    .min(0)
    .max(MAX_OVERLAP_HOURS)
    .default(DEFAULT_OVERLAP_HOURS)
    .describe(
      'how many hours the replaced secret keeps signing next to the new one (default 24; 0 stops it at once, ' +
        'for a secret that leaked)',
    ),
})
const canSchema = z.object({ write: z.boolean() }).describe('what the caller may do: change endpoints')
const deliverySchema = z.object({
  id: z.uuid(),
  eventId: z.uuid().describe('the webhook-id header and the body id; the same on every attempt'),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed', 'refused']),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  log: z.array(
    z.object({
      attempt: z.number().int(),
      at: z.string(),
      durationMs: z.number().int(),
      outcome: z.enum(['delivered', 'http_error', 'timeout', 'network_error', 'not_allowed']),
      statusCode: z.number().int().nullable(),
      error: z.string().nullable(),
    }),
  ),
})
const idParams = slugParams.extend({ id: z.uuid() })

export function registerWebhookRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/webhooks',
    {
      schema: {
        tags,
        summary: 'Webhook endpoints of the organisation (never their secrets) and the event types on offer',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(endpointSchema),
            eventTypes: z.array(z.string()),
            maxAttempts: z.number().int(),
            can: canSchema,
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.read)
      return {
        items: (await listEndpoints(ctx.db, access.organization.id)).map(presentEndpoint),
        eventTypes: EVENT_TYPES,
        maxAttempts: MAX_ATTEMPTS,
        can: permissions(access.grant, { write: webhookActions.write }),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/webhooks',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Register a webhook endpoint; its signing secret is shown only in this answer',
        params: slugParams,
        body: z.strictObject({
          url: urlSchema,
          description: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('what the endpoint is for, for your team'),
          eventTypes: z.array(eventTypeSchema).min(1).describe('the event types it receives'),
          enabled: z.boolean().optional().describe('false: nothing is delivered to it until enabled again'),
        }),
        response: { 201: endpointSchema.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.write)
      const { endpoint, secret } = await createEndpoint(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send({ ...presentEndpoint(endpoint), secret })
    },
  )

  app.get(
    '/api/v1/orgs/:slug/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'One webhook endpoint',
        params: idParams,
        response: { 200: endpointSchema.extend({ can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.read)
      const row = await findEndpoint(ctx.db, access.organization.id, request.params.id)
      if (!row) throw new NotFound('webhook')
      return { ...presentEndpoint(row), can: permissions(access.grant, { write: webhookActions.write }) }
    },
  )

  app.patch(
    '/api/v1/orgs/:slug/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change a webhook endpoint; enabled: true after it was disabled resumes its deliveries',
        params: idParams,
        body: z.strictObject({
          url: urlSchema.optional(),
          description: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('what the endpoint is for, for your team'),
          eventTypes: z.array(eventTypeSchema).min(1).optional().describe('the event types it receives'),
          enabled: z.boolean().optional().describe('false: nothing is delivered to it until enabled again'),
        }),
        response: { 200: endpointSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.write)
      const row = await changeEndpoint(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return presentEndpoint(row)
    },
  )

  app.delete(
    '/api/v1/orgs/:slug/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a webhook endpoint and its delivery log',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.write)
      await removeEndpoint(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/webhooks/:id/secret',
    {
      schema: {
        tags,
        summary: 'Replace the signing secret; the new one is shown only in this answer',
        params: idParams,
        body: rotateSchema.nullish(),
        response: { 200: endpointSchema.extend({ secret: z.string() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.write)
      const { endpoint, secret } = await rotateSecret(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body?.overlapHours ?? DEFAULT_OVERLAP_HOURS,
      )
      return { ...presentEndpoint(endpoint), secret }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: `Send a ${TEST_EVENT_TYPE} event to this endpoint now; answers with its delivery`,
        params: idParams,
        response: { 200: deliverySchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.write)
      const claimed = await queueTestEvent(ctx, access.actor, access.organization, request.params.id)
      const deliveryId = claimed.id
      await deliverNow(ctx, deliveryId, {}, claimed)
      const [delivery] = (await listDeliveries(ctx.db, access.organization.id, request.params.id, 20)).filter(
        (d) => d.id === deliveryId,
      )
      if (!delivery) throw new NotFound('webhook')
      return presentDelivery(delivery, await listAttempts(ctx.db, [delivery.id]))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary:
          'The delivery log of an endpoint: the latest 100 deliveries, newest first, with every attempt',
        params: idParams,
        response: { 200: z.object({ items: z.array(deliverySchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, webhookActions.read)
      const endpoint = await findEndpoint(ctx.db, access.organization.id, request.params.id)
      if (!endpoint) throw new NotFound('webhook')
      const deliveries = await listDeliveries(ctx.db, access.organization.id, endpoint.id, 100)
      const attempts = await listAttempts(
        ctx.db,
        deliveries.map((d) => d.id),
      )
      return {
        items: deliveries.map((d) =>
          presentDelivery(
            d,
            attempts.filter((a) => a.delivery_id === d.id),
          ),
        ),
      }
    },
  )
}
