import type { AppContext } from '../../context'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { processorActions } from './policy'
import { presentAgreement } from './presenter'
import { agreementBody, agreementSchema, idParams, keyParams, noContent, tags } from './schemas'
import { agreementDocument, changeAgreement, createAgreement, removeAgreement } from './vendors'

/** Processing agreements, with a vendor (as controller) or a client (as processor): recording, changing, the document. */
export function registerAgreementRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.post(
    `${base}/vendors/:key/agreements`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Record a processing agreement with a vendor, with its Art. 28(3) checklist and document',
        params: keyParams,
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createAgreement(
        ctx,
        access.actor,
        access.organization,
        { vendorKey: request.params.key },
        request.body,
      )
      return reply.code(201).send(presentAgreement(row))
    },
  )

  app.post(
    `${base}/clients/:id/agreements`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Record the processing agreement with a client',
        params: idParams,
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createAgreement(
        ctx,
        access.actor,
        access.organization,
        { clientId: request.params.id },
        request.body,
      )
      return reply.code(201).send(presentAgreement(row))
    },
  )

  app.patch(
    `${base}/agreements/:id`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Change an agreement (vendor or client): dates, checklist, or a new document',
        params: idParams,
        body: agreementBody.partial(),
        response: { 200: agreementSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      return presentAgreement(
        await changeAgreement(ctx, access.actor, access.organization, request.params.id, request.body),
      )
    },
  )

  app.delete(
    `${base}/agreements/:id`,
    {
      schema: {
        tags,
        summary: 'Delete an agreement and its document',
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeAgreement(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    `${base}/agreements/:id/document`,
    { schema: { tags, summary: 'Download the document of an agreement', params: idParams } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const doc = await agreementDocument(ctx, access.organization, request.params.id)
      const safeName = doc.filename.replace(/[^\w.-]+/g, '_')
      return reply
        .header('content-disposition', `attachment; filename="${safeName}"`)
        .header('cache-control', 'no-store')
        .type(doc.contentType)
        .send(doc.content)
    },
  )
}
