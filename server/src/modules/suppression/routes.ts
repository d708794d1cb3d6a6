import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { checkContact } from './check'
import { addOptIn, addSuppression, removeOptIn, removeSuppression } from './entries'
import { registerSuppressionFileRoutes } from './file-routes'
import { suppressionOverview } from './overview'
import { suppressionActions, suppressionCanSchema, suppressionPermissions } from './policy'
import {
  presentCheck,
  presentConsultation,
  presentEntry,
  presentOptIn,
  presentRobinsonConsultation,
} from './presenter'
import { listEntries, listOptIns } from './repository'
import {
  channelSchema,
  checkSchema,
  consultationSchema,
  entrySchema,
  idParams,
  isoDate,
  optInSchema,
  robinsonConsultationSchema,
  tags,
} from './route-schemas'

export function registerSuppressionRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/suppression'

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'The DNCM list in use (file date, counts, last consultation) and the suppression counts',
        params: slugParams,
        response: {
          200: z.object({
            dncm: z.object({
              current: consultationSchema.nullable(),
              fresh: z.boolean().describe('the list in use is at most 5 days old'),
              usableUntil: z.string().nullable(),
              maxAgeDays: z.number().int(),
              lastConsultation: consultationSchema.nullable(),
            }),
            consultations: z.array(consultationSchema),
            robinson: z.object({
              current: robinsonConsultationSchema.nullable().describe('the Robinson Mail list in use'),
              consultations: z.array(robinsonConsultationSchema).describe('the last 10 imports'),
            }),
            counts: z.object({
              objection: z.number().int(),
              unsubscribe: z.number().int(),
              erasedDoNotContact: z.number().int(),
              optIns: z.number().int().describe('opt-ins to calls (overriding the DNCM list)'),
              postOptIns: z.number().int().describe('opt-ins to post (overriding the Robinson Mail list)'),
            }),
            can: suppressionCanSchema,
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      const o = await suppressionOverview(ctx, access.organization)
      return {
        dncm: {
          ...o.dncm,
          current: o.dncm.current ? presentConsultation(o.dncm.current) : null,
          lastConsultation: o.dncm.lastConsultation ? presentConsultation(o.dncm.lastConsultation) : null,
        },
        consultations: o.consultations.map(presentConsultation),
        robinson: {
          current: o.robinson.current ? presentRobinsonConsultation(o.robinson.current) : null,
          consultations: o.robinson.consultations.map(presentRobinsonConsultation),
        },
        counts: o.counts,
        can: suppressionPermissions(access.grant),
      }
    },
  )

  app.get(
    `${base}/entries`,
    {
      schema: {
        tags,
        summary: 'Suppression entries, newest first (masked identifiers)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(entrySchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return { items: (await listEntries(ctx.db, access.organization.id, 500)).map(presentEntry) }
    },
  )

  app.post(
    `${base}/entries`,
    {
      schema: {
        tags,
        summary: 'Suppress an e-mail address, phone number or postal address (kept as a keyed hash)',
        params: slugParams,
        body: z.strictObject({
          kind: z
            .enum(['email', 'phone', 'postal'])
            .describe('what is suppressed: an e-mail address, phone or postal address'),
          value: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .describe('the address or number; only its keyed hash is kept'),
          reason: z
            .enum(['objection', 'unsubscribe', 'erased_do_not_contact'])
            .describe(
              'why: an objection to direct marketing (Art. 21(2)), an unsubscribe, or a person erased who must not be contacted again',
            ),
          channel: channelSchema
            .optional()
            .describe('for an unsubscribe: the channel it stops (default email)'),
          note: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('an internal note, e.g. where the objection came in'),
        }),
        response: { 201: entrySchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      const source = access.actor.type === 'api_token' ? 'api' : 'staff'
      const entry = await addSuppression(ctx, access.actor, access.organization, request.body, source)
      return reply.code(201).send(presentEntry(entry))
    },
  )

  app.delete(
    `${base}/entries/:id`,
    {
      schema: { tags, summary: 'Remove a suppression entry', params: idParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      await removeSuppression(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    `${base}/opt-ins`,
    {
      schema: {
        tags,
        summary: 'Phone numbers whose holders asked this organisation to call (they override the DNCM list)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(optInSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return { items: (await listOptIns(ctx.db, access.organization.id, 500)).map(presentOptIn) }
    },
  )

  app.post(
    `${base}/opt-ins`,
    {
      schema: {
        tags,
        summary: 'Record an opt-in to calls (or post) from this organisation',
        params: slugParams,
        body: z.strictObject({
          channel: z
            .enum(['phone', 'post'])
            .optional()
            .describe(
              'phone (default): calls despite the DNCM list; post: addressed post despite the Robinson Mail list',
            ),
          phone: z
            .string()
            .trim()
            .min(1)
            .max(50)
            .optional()
            .describe('the phone number the person wants to be called on (required for phone)'),
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .optional()
            .describe('for post: the person’s name (required for post)'),
          address: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .optional()
            .describe('for post: the postal address on one line (required for post)'),
          givenOn: isoDate.describe('when the person asked to be called (or for the post)'),
          evidence: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('where the proof is (form, call reference)'),
        }),
        response: { 201: optInSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      const row = await addOptIn(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(presentOptIn(row))
    },
  )

  app.delete(
    `${base}/opt-ins/:id`,
    { schema: { tags, summary: 'Remove an opt-in', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      await removeOptIn(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${base}/check`,
    {
      schema: {
        tags,
        summary: 'May we contact this person for marketing on this channel? A verdict with its reason',
        params: slugParams,
        body: z.strictObject({
          channel: channelSchema,
          email: z.string().trim().max(320).optional().describe('the e-mail address to check'),
          phone: z
            .string()
            .trim()
            .max(50)
            .optional()
            .describe('the phone number to check (also against the DNCM list)'),
          address: z.string().trim().max(500).optional().describe('postal address on one line'),
          name: z
            .string()
            .trim()
            .max(200)
            .optional()
            .describe('the person’s name: by post, matched with the address against the Robinson Mail list'),
          purpose: z
            .string()
            .min(1)
            .max(80)
            .optional()
            .describe(
              'a consent purpose of the register (e.g. direct_marketing): the person’s recorded consent for it becomes the reason (consent), and e-mail without it is refused (no_consent)',
            ),
        }),
        response: { 200: checkSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.check)
      const now = new Date()
      return presentCheck(
        await checkContact(
          ctx,
          access.organization,
          request.body.channel,
          request.body,
          request.body.purpose,
        ),
        now,
      )
    },
  )

  registerSuppressionFileRoutes(app, ctx)
}
