import type { AppContext } from '../../context'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { processorActions } from './policy'
import { presentTransfer } from './presenter'
import { idParams, keyParams, noContent, tags, transferBody, transferSchema } from './schemas'
import { addTransfer, changeTransfer, removeTransfer } from './vendors'

/** Transfers outside the EEA through a vendor, with their mechanism and transfer impact assessment. */
export function registerTransferRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.post(
    `${base}/vendors/:key/transfers`,
    {
      schema: {
        tags,
        summary: 'Record a transfer outside the EEA through a vendor, with its mechanism and TIA note',
        params: keyParams,
        body: transferBody,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await addTransfer(ctx, access.actor, access.organization, request.params.key, request.body)
      return reply.code(201).send(presentTransfer(row))
    },
  )

  app.patch(
    `${base}/transfers/:id`,
    {
      schema: {
        tags,
        summary: 'Change a transfer (e.g. the date the DPF certification was last checked)',
        params: idParams,
        body: transferBody.partial(),
        response: { 200: transferSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      return presentTransfer(
        await changeTransfer(ctx, access.actor, access.organization, request.params.id, request.body),
      )
    },
  )

  app.delete(
    `${base}/transfers/:id`,
    { schema: { tags, summary: 'Delete a transfer', params: idParams, response: noContent } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeTransfer(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
