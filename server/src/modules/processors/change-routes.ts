import { z } from 'zod'
import type { AppContext } from '../../context'
import { registerKey } from '../../domain/register/schema'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { listChanges, objectionDaysOf } from './change-repository'
import { announceChange, changesWithObjections, withdrawChange } from './changes'
import { processorActions } from './policy'
import { presentChange } from './presenter'
import { grantedProcessorActions as can } from './route-permissions'
import { canSchema, changeSchema, country, idParams, tags, text } from './schemas'
import { saveObjectionWindow } from './settings'

/** Sub-processor changes: the objection window setting, announcing, listing and withdrawing changes. */
export function registerChangeRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'The default objection window for sub-processor changes',
        params: slugParams,
        response: { 200: z.object({ objectionDays: z.number().int() }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      return { objectionDays: await objectionDaysOf(ctx.db, organization.id) }
    },
  )

  app.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Set the default objection window for sub-processor changes',
        params: slugParams,
        body: z.strictObject({
          objectionDays: z
            .number()
            .int()
            .min(1)
            .max(90)
            .describe('days a client has to object to an announced change (default 7)'),
        }),
        response: { 200: z.object({ objectionDays: z.number().int() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await saveObjectionWindow(ctx, access.actor, access.organization, request.body.objectionDays)
      return { objectionDays: request.body.objectionDays }
    },
  )

  app.get(
    `${base}/changes`,
    {
      schema: {
        tags,
        summary: 'Announced sub-processor changes, newest first, with the objections received',
        params: slugParams,
        response: { 200: z.object({ items: z.array(changeSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const rows = await listChanges(ctx.db, access.organization.id)
      const items = await changesWithObjections(ctx, access.organization, rows)
      return { items: items.map((i) => presentChange(i.change, i.objections)), can: can(access.grant) }
    },
  )

  app.post(
    `${base}/changes`,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Announce a sub-processor change: every client and subscriber is mailed; it takes effect after the window',
        params: slugParams,
        body: z.strictObject({
          kind: z
            .enum(['add', 'remove'])
            .describe('add: a new sub-processor; remove: one the organisation stops using'),
          vendor: z
            .strictObject({
              key: registerKey.describe('the register vendor key it has or will have'),
              name: text(200).min(1).describe("the sub-processor's name, as the clients will read it"),
              country: country.describe('where it processes the data (ISO 3166-1 alpha-2)'),
              services: text(500).optional().describe('what it will do, e.g. "telephony platform"'),
            })
            .describe('the sub-processor concerned'),
          note: text(2000).optional().describe('what changes and why, in the mail'),
          windowDays: z
            .number()
            .int()
            .min(1)
            .max(90)
            .optional()
            .describe('days to object; default the setting'),
        }),
        response: {
          201: changeSchema.extend({
            clientsNotified: z.number().int(),
            subscribersNotified: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.announce)
      const result = await announceChange(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send({
        ...presentChange(result.change, []),
        clientsNotified: result.clientsNotified,
        subscribersNotified: result.subscribersNotified,
      })
    },
  )

  app.post(
    `${base}/changes/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw an announced change before it takes effect',
        params: idParams,
        response: { 200: changeSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.announce)
      const row = await withdrawChange(ctx, access.actor, access.organization, request.params.id)
      const [item] = await changesWithObjections(ctx, access.organization, [row])
      return presentChange(row, item?.objections ?? [])
    },
  )
}
