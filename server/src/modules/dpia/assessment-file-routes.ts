import { z } from 'zod'
import type { AppContext } from '../../context'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { readUpload, UPLOAD_BODY_LIMIT, uploadScope } from '../requests'
import { assessmentAnswer } from './assessment-answer'
import { assessmentReportPdf } from './assessment-report'
import { BASE, lang, params, signedCopySchema, tags, version } from './assessment-schemas'
import { readDecidedPdf } from './decision'
import { dpiaActions } from './policy'
import { attachSignedCopy, readSignedCopy } from './signed-copy'

/** The DPIA's files: the PDF report, the PDF frozen at a decision, the signed copies uploaded and downloaded. */
export function registerDpiaAssessmentFileRoutes(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/report.pdf`,
    {
      schema: {
        tags,
        summary: 'The DPIA as a PDF report',
        params,
        querystring: z.strictObject({ lang, version }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const l = request.query.lang ?? access.organization.defaultLanguage
      const presented = await assessmentAnswer(ctx, request, access, request.query.version)
      const pdf = await assessmentReportPdf(
        presented,
        l,
        access.organization.legalName || access.organization.name,
      )
      const name = `dpia-${request.params.activityKey}-v${presented.version ?? 0}-${l}.pdf`.replace(
        /[^\w.-]/g,
        '_',
      )
      reply.header('content-disposition', `attachment; filename="${name}"`)
      return reply.type('application/pdf').send(pdf)
    },
  )

  app.get(
    `${BASE}/signed.pdf`,
    {
      schema: {
        tags,
        summary: 'The PDF frozen when a version of the DPIA was validated or refused, unchanged since',
        description:
          'The bytes drawn up at the decision, in the organisation’s language then, whatever changed in the register or the assessment since; the x-custos-sha256 header repeats the SHA-256 recorded with the decision. 404 when the version has no signed PDF (a draft, or decided before they were kept); 500 `decided_pdf_corrupt`, recorded in the audit log, when the stored bytes no longer match that SHA-256.',
        params,
        querystring: z.strictObject({ version }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const signed = await readDecidedPdf(
        ctx,
        access.actor,
        access.organization,
        request.params.activityKey,
        request.query.version,
      )
      const name =
        `dpia-${request.params.activityKey}-v${signed.version}-${signed.status}-${signed.language}.pdf`.replace(
          /[^\w.-]/g,
          '_',
        )
      reply.header('content-disposition', `attachment; filename="${name}"`)
      reply.header('x-custos-sha256', signed.sha256)
      return reply.type('application/pdf').send(signed.pdf)
    },
  )

  // The signed copy as a file: multipart through the shared one-file prologue (request answers, breach evidence).
  uploadScope(app, { textFields: 2 }, (scope) => {
    scope.post(
      `${BASE}/signed-copies`,
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags,
          summary:
            'Upload the signed copy of a validated or refused version (multipart/form-data: "file", a PDF of at most 20 MB, and the optional fields "replaces" and "note", before or after it; more parts: 400 too_many_form_parts)',
          params,
          querystring: z.strictObject({
            version: z.coerce.number().int().min(1).describe('the decided version the copy belongs to'),
          }),
          response: { 201: signedCopySchema },
        },
      },
      async (request, reply) => {
        const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.attach)
        const upload = await readUpload(request)
        const copy = await attachSignedCopy(
          ctx,
          access.actor,
          access.organization,
          request.params.activityKey,
          request.query.version,
          upload,
        )
        return reply.code(201).send(copy)
      },
    )
  })

  app.get(
    `${BASE}/signed-copies/:copyId`,
    {
      schema: {
        tags,
        summary: 'Download a signed copy of the DPIA, byte for byte as uploaded',
        params: params.extend({ copyId: z.uuid().describe('the id of the signed copy') }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const copy = await readSignedCopy(
        ctx,
        access.actor,
        access.organization,
        request.params.activityKey,
        request.params.copyId,
      )
      const name =
        `dpia-${request.params.activityKey}-v${copy.version}-signed-${copy.sha256.slice(0, 8)}.pdf`.replace(
          /[^\w.-]/g,
          '_',
        )
      reply.header('content-disposition', `attachment; filename="${name}"`)
      reply.header('x-custos-sha256', copy.sha256)
      reply.header('x-content-type-options', 'nosniff')
      return reply.type('application/pdf').send(copy.content)
    },
  )
}
