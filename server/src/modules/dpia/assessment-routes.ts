import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { assessmentContentSchema, EVALUATIONS, PRINCIPLES } from '../../domain/dpia/assessment'
import { assessmentDiff } from '../../domain/dpia/assessment-diff'
import { STATUS_LABELS } from '../../domain/dpia/assessment-labels'
import { RISKS } from '../../domain/dpia/risk'
import { wordDiff } from '../../domain/dpia/word-diff'
import { InvalidInput, NotFound } from '../../domain/errors'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { readUpload, UPLOAD_BODY_LIMIT, uploadScope } from '../requests'
import { loadAssessment, saveAssessment } from './assessment'
import { presentAssessment } from './assessment-presenter'
import { assessmentReportPdf } from './assessment-report'
import { decideAssessment, readDecidedPdf } from './decision'
import { dpiaActions } from './policy'
import { attachSignedCopy, readSignedCopy } from './signed-copy'

const tags = ['dpia']
const BASE = '/api/v1/orgs/:slug/dpia/assessments/:activityKey'

const params = slugParams.extend({
  activityKey: z.string().min(1).max(100).describe('the key of the activity in the register'),
})
const lang = languageSchema.optional().describe('language of the labels; default the organisation’s')
const version = z.coerce.number().int().min(1).optional().describe('an earlier version; default the newest')
const status = z.enum(['none', 'draft', 'validated', 'refused'])
const estimate = z.object({
  severity: z.number().int(),
  likelihood: z.number().int(),
  level: z.enum(['low', 'moderate', 'high']),
  levelLabel: z.string(),
})
const labelled = z.object({ key: z.string(), label: z.string() })
const signedPdf = z
  .object({
    sha256: z.string().describe('SHA-256 of the PDF, hex; also in the audit event of the decision'),
    bytes: z.number().int(),
    language: z.enum(['nl', 'fr', 'en']),
  })
  .nullable()
  .describe(
    'the PDF frozen when this version was validated or refused (GET .../signed.pdf); null: not decided, or decided before signed PDFs were kept',
  )

const signedCopySchema = z.object({
  id: z.string(),
  filename: z.string().describe('the name it was uploaded under, made safe, ending in .pdf'),
  sizeBytes: z.number().int(),
  sha256: z.string().describe('SHA-256 of the file as uploaded, hex; also in the audit event of the upload'),
  note: z.string().describe('what the uploader said of it (who signed, how); not checked by Custos'),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
  replacedBy: z
    .string()
    .nullable()
    .describe('the copy uploaded after it for the same version; null: the current copy'),
})

export const assessmentSchema = z.object({
  activityKey: z.string(),
  activityName: z.string(),
  dpoDesignated: z
    .boolean()
    .describe('the register names a DPO (Art. 37): validation needs the DPO’s opinion'),
  version: z.number().int().nullable().describe('null: no version saved yet'),
  status,
  statusLabel: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  signedPdf,
  content: assessmentContentSchema,
  context: z.object({
    purposes: z.array(z.string()),
    subjectCategories: z.array(z.string()),
    dataCategories: z.array(z.string()),
    systems: z.array(z.string()),
    recipients: z.array(z.string()),
    retention: z.array(z.string()),
    transfers: z.array(z.string()),
    existingMeasures: z.array(
      z.object({ key: z.string(), name: z.string(), type: z.enum(['technical', 'organisational']) }),
    ),
  }),
  principles: z.array(
    z.object({
      key: z.enum(PRINCIPLES),
      question: z.string(),
      registerAnswer: z.array(z.string()).describe('what the register already says; empty: nothing'),
    }),
  ),
  risks: z.array(z.object({ key: z.enum(RISKS), label: z.string() })),
  levels: z.array(z.string()).describe('the four levels, 1 to 4'),
  evaluations: z.array(labelled.extend({ key: z.enum(EVALUATIONS) })),
  riskMap: z.array(
    z.object({
      risk: z.enum(RISKS),
      label: z.string(),
      initial: estimate,
      residual: estimate.describe('after the planned measures; the initial estimate when none was entered'),
      residualEstimated: z
        .boolean()
        .describe('a residual estimate was entered; false: not assessed yet, the initial level stands in'),
    }),
  ),
  riskMapSvg: z.string().describe('the risk map before and after the planned measures, as SVG'),
  priorConsultation: z.boolean().describe('a residual risk stays high: consult the GBA first (Art. 36)'),
  validationRefusal: z
    .enum(['dpo_opinion_required', 'risks_incomplete'])
    .nullable()
    .describe('why it cannot be validated yet; null: it can'),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.enum(['draft', 'validated', 'refused']),
      statusLabel: z.string(),
      createdBy: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
      signedPdf,
      signedCopies: z
        .array(signedCopySchema)
        .describe(
          'the signed copies uploaded for this version, newest first: the current one (replacedBy null) and those it replaced; Custos checked that each is a PDF and keeps its SHA-256, not the signature in it',
        ),
      changes: z.array(z.string()).describe('what changed since the version before (paths in the content)'),
    }),
  ),
  can: z.object({
    write: z.boolean(),
    attach: z.boolean().describe('may upload the signed copy of a decided version'),
  }),
})

const diffSide = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'validated', 'refused']),
  statusLabel: z.string(),
  updatedAt: z.string(),
})
const diffSchema = z.object({
  activityKey: z.string(),
  from: diffSide.describe('the older version compared'),
  to: diffSide.describe('the newer version compared'),
  changes: z
    .array(
      z.object({
        path: z
          .string()
          .describe('where in the content, e.g. risks.disappearance.initial or plannedMeasures.m2'),
        section: z.enum(['context', 'principles', 'risks', 'measures', 'validation']),
        label: z.string().describe('the field as the form names it, in `lang`'),
        before: z.string().nullable().describe('in the older version; null: empty'),
        after: z.string().nullable().describe('in the newer version; null: empty'),
        words: z
          .array(
            z.object({
              op: z
                .enum(['same', 'removed', 'added'])
                .describe('same: in both versions; removed: only in the older; added: only in the newer'),
              text: z.string(),
            }),
          )
          .nullable()
          .describe(
            'what was taken out and put in inside the text, word by word: `before` is the same and removed parts in order, `after` the same and added ones; null when one side is empty or the texts differ too much to highlight',
          ),
      }),
    )
    .describe('the fields that differ, in the order of the CNIL structure; empty: the same content'),
})

export function registerDpiaAssessmentRoutes(app: App, ctx: AppContext) {
  const answer = async (
    request: {
      params: { slug: string; activityKey: string }
      query: { lang?: 'nl' | 'fr' | 'en' | undefined }
    },
    access: Awaited<ReturnType<typeof orgAccess>>,
    versionNumber?: number,
  ) => {
    const loaded = await loadAssessment(ctx, access.organization, request.params.activityKey)
    if (versionNumber !== undefined && !loaded.versions.some((v) => v.row.version === versionNumber))
      throw new NotFound('dpia_assessment')
    const l = request.query.lang ?? access.organization.defaultLanguage
    return {
      ...presentAssessment(loaded, l, versionNumber),
      can: permissions(access.grant, { write: dpiaActions.write, attach: dpiaActions.attach }),
    }
  }

  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'The DPIA of an activity (CNIL structure), pre-filled from the register',
        params,
        querystring: z.strictObject({ lang, version }),
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      return answer(request, access, request.query.version)
    },
  )

  app.put(
    BASE,
    {
      schema: {
        tags,
        summary: 'Save the DPIA: the newest draft, or a new version after a decision',
        params,
        querystring: z.strictObject({ lang }),
        body: assessmentContentSchema,
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.write)
      await saveAssessment(ctx, access.actor, access.organization, request.params.activityKey, request.body)
      return answer(request, access)
    },
  )

  app.post(
    `${BASE}/decision`,
    {
      schema: {
        tags,
        summary: 'Validate or refuse the newest version of the DPIA',
        params,
        querystring: z.strictObject({ lang }),
        body: z.strictObject({
          decision: z.enum(['validated', 'refused']).describe('validated or refused'),
          reason: z
            .string()
            .trim()
            .min(3)
            .max(5000)
            .describe('why: the conditions of the validation, or what must change after a refusal'),
        }),
        response: { 200: assessmentSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.write)
      await decideAssessment(ctx, access.actor, access.organization, request.params.activityKey, request.body)
      return answer(request, access)
    },
  )

  app.get(
    `${BASE}/diff`,
    {
      schema: {
        tags,
        summary: 'What changed between two versions of the DPIA, field by field',
        params,
        querystring: z.strictObject({
          lang,
          from: z.coerce
            .number()
            .int()
            .min(1)
            .optional()
            .describe('the older version; default the one before `to`'),
          to: z.coerce.number().int().min(1).optional().describe('the newer version; default the newest'),
        }),
        response: { 200: diffSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const loaded = await loadAssessment(ctx, access.organization, request.params.activityKey)
      const newest = loaded.versions[0]?.row.version
      if (newest === undefined) throw new NotFound('dpia_assessment')
      const toNumber = request.query.to ?? newest
      const fromNumber = request.query.from ?? toNumber - 1
      if (fromNumber >= toNumber)
        throw new InvalidInput([
          {
            path: 'querystring.from',
            code: 'invalid',
            message: 'Compare an older version (from) with a newer one (to).',
          },
        ])
      const side = (n: number) => loaded.versions.find((v) => v.row.version === n)
      const older = side(fromNumber)
      const newer = side(toNumber)
      if (!older || !newer) throw new NotFound('dpia_assessment')
      const l = request.query.lang ?? access.organization.defaultLanguage
      const present = (v: typeof older) => ({
        version: v.row.version,
        status: v.status,
        statusLabel: STATUS_LABELS[v.status][l],
        updatedAt: v.row.updated_at.toISOString(),
      })
      return {
        activityKey: request.params.activityKey,
        from: present(older),
        to: present(newer),
        changes: assessmentDiff(older.content, newer.content, l).map((c) => ({
          ...c,
          words: wordDiff(c.before, c.after),
        })),
      }
    },
  )

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
      const presented = await answer(request, access, request.query.version)
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
