import multipart from '@fastify/multipart'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { readUpload } from '../requests'
import { agreementDocument, attachAgreementDocument } from './agreement-document'
import { processorActions } from './policy'
import { presentAgreement } from './presenter'
import { findAgreement } from './repository'
import {
  agreementBody,
  agreementSchema,
  idParams,
  keyParams,
  MAX_DOCUMENT_BYTES,
  noContent,
  tags,
} from './schemas'
import { changeAgreement, createAgreement, removeAgreement } from './vendors'

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

  // The signed document as a file (the UI's way): multipart, parsed in this scope only, through the shared prologue.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>()
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 50 },
    })
    scope.put(
      `${base}/agreements/:id/document`,
      {
        bodyLimit: MAX_DOCUMENT_BYTES + 1024 * 1024,
        schema: {
          tags,
          summary:
            'Upload the signed document of an agreement (multipart/form-data, field "file"; at most 5 MB), replacing the one it had',
          params: idParams,
          response: { 200: agreementSchema },
        },
      },
      async (request) => {
        const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
        // Another organisation's agreement, or none, is not found, whatever the body.
        if (!(await findAgreement(ctx.db, access.organization.id, request.params.id)))
          throw new NotFound('processor_agreement')
        const upload = await readUpload(request)
        return presentAgreement(
          await attachAgreementDocument(ctx, access.actor, access.organization, request.params.id, upload),
        )
      },
    )
  })

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
