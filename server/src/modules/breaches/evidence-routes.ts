import { z } from 'zod'
import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { readUpload, UPLOAD_BODY_LIMIT, uploadScope } from '../requests'
import { addEvidence, downloadEvidence, listEvidence } from './evidence'
import { breachActions } from './policy'
import { findBreach } from './repository'

const tags = ['breaches']
const BASE = '/api/v1/orgs/:slug/breaches/:id/evidence'
const idParams = slugParams.extend({ id: z.uuid() })
const fileParams = idParams.extend({ evidenceId: z.uuid() })

const evidenceSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  description: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
})

/** Evidence files of a breach: upload (multipart), list, download (audited). */
export function registerEvidenceRoutes(app: App, ctx: AppContext) {
  // The request answer files' upload prologue: one file, and the description before it.
  uploadScope(app, { textFields: 1 }, (scope) => {
    scope.post(
      BASE,
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Add an evidence file (multipart/form-data: optional field "description" first, then "file"; at most 20 MB; PDF, images, office files, text), stored encrypted',
          params: idParams,
          response: { 201: evidenceSchema },
        },
      },
      async (request, reply) => {
        const access = await orgAccess(ctx, request, request.params.slug, breachActions.evidence)
        // Another organisation's breach is not found, whatever the body.
        if (!(await findBreach(ctx.db, access.organization.id, request.params.id)))
          throw new NotFound('breach')
        const upload = await readUpload(request)
        const file = await addEvidence(
          ctx,
          access.actor,
          access.organization,
          request.params.id,
          upload,
          upload?.fields.description ?? '',
        )
        return reply.code(201).send(file)
      },
    )
  })

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'The evidence files of a breach (names, types, sizes, who added them)',
        params: idParams,
        response: { 200: z.object({ items: z.array(evidenceSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      const org = access.organization
      if (!(await findBreach(ctx.db, org.id, request.params.id))) throw new NotFound('breach')
      return { items: await listEvidence(ctx.db, org.id, request.params.id) }
    },
  )

  app.get(
    `${BASE}/:evidenceId`,
    {
      schema: {
        tags,
        summary: 'Download an evidence file (decrypted); each download is in the audit log',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.evidence)
      const file = await downloadEvidence(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.params.evidenceId,
      )
      const filename = file.filename.replace(/[^\w.-]+/g, '_')
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('x-original-content-type', file.contentType.replace(/[^\w.+/;= -]/g, ''))
        .send(file.content)
    },
  )
}
