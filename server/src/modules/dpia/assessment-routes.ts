import { z } from 'zod'
import type { AppContext } from '../../context'
import { assessmentContentSchema } from '../../domain/dpia/assessment'
import { assessmentDiff } from '../../domain/dpia/assessment-diff'
import { STATUS_LABELS } from '../../domain/dpia/assessment-labels'
import { wordDiff } from '../../domain/dpia/word-diff'
import { InvalidInput, NotFound } from '../../domain/errors'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { loadAssessment, saveAssessment } from './assessment'
import { assessmentAnswer } from './assessment-answer'
import { registerDpiaAssessmentFileRoutes } from './assessment-file-routes'
import { assessmentSchema, BASE, diffSchema, lang, params, tags, version } from './assessment-schemas'
import { decideAssessment } from './decision'
import { dpiaActions } from './policy'

/** Reading, saving, deciding and comparing the DPIA of an activity; then its files (assessment-file-routes.ts). */
export function registerDpiaAssessmentRoutes(app: App, ctx: AppContext) {
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
      return assessmentAnswer(ctx, request, access, request.query.version)
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
      return assessmentAnswer(ctx, request, access)
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
      return assessmentAnswer(ctx, request, access)
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

  registerDpiaAssessmentFileRoutes(app, ctx)
}
