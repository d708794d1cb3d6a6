import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { DPIA_CRITERIA, GBA_LIST_ITEMS, GBA_LIST_LABELS } from '../../domain/dpia/screening'
import { NotFound } from '../../domain/errors'
import { DPIA_CRITERION_LABELS } from '../../domain/register/catalogue'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { registerDpiaAssessmentRoutes } from './assessment-routes'
import { registerCnilImportRoute } from './cnil-import'
import { registerDpiaFileRoutes } from './dpia-file-import'
import { dpiaActions } from './policy'
import { presentScreening } from './presenter'
import { confirmScreening, screeningsOf } from './screening'

const tags = ['dpia']
const resultSchema = z.enum(['required', 'recommended', 'not_required'])
const reasonSchema = z.object({
  code: z
    .string()
    .describe('why the register suggests it: special_category, national_number, profiling, ...'),
  keys: z.array(z.string()).describe('the register keys it rests on'),
})
export const screeningSchema = z.object({
  activityKey: z.string(),
  activityName: z.string(),
  activityVersion: z.number().int(),
  suggestion: z.object({
    criteria: z.array(z.object({ criterion: z.string(), label: z.string(), reasons: z.array(reasonSchema) })),
    gbaItems: z.array(z.object({ item: z.string(), reasons: z.array(reasonSchema) })),
    signals: z
      .array(reasonSchema)
      .describe('no WP248 criterion, but for the assessment: transfers outside the EEA'),
    result: resultSchema,
    resultLabel: z.string(),
  }),
  screening: z
    .object({
      criteria: z.array(z.string()),
      gbaItems: z.array(z.string()),
      result: resultSchema,
      resultLabel: z.string(),
      reason: z.string(),
      activityVersion: z.number().int(),
      confirmedBy: z.string(),
      confirmedAt: z.string(),
    })
    .nullable()
    .describe('what a person confirmed; null: not screened yet'),
  stale: z.boolean().describe('the activity changed after the screening was confirmed'),
  assessed: z.boolean().describe('a validated DPIA exists for the activity'),
})
const activityParams = slugParams.extend({ activityKey: z.string().min(1).max(100) })
const langQuery = z.strictObject({
  lang: languageSchema.optional().describe('language of the labels; default the organisation’s'),
})

export function registerDpiaRoutes(app: App, ctx: AppContext) {
  registerDpiaAssessmentRoutes(app, ctx)
  registerCnilImportRoute(app, ctx)
  registerDpiaFileRoutes(app, ctx)
  app.get(
    '/api/v1/orgs/:slug/dpia/screenings',
    {
      schema: {
        tags,
        summary:
          'DPIA screening of every activity: what the register suggests, what was confirmed, staleness',
        params: slugParams,
        querystring: langQuery,
        response: {
          200: z.object({
            items: z.array(screeningSchema),
            criteria: z.array(z.string()),
            gbaItems: z.array(z.string()),
            criterionLabels: z.record(z.string(), z.string()).describe('each WP248 criterion worded in lang'),
            gbaItemLabels: z.record(z.string(), z.string()).describe('each GBA list item worded in lang'),
            can: z.object({ write: z.boolean() }),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const lang = request.query.lang ?? access.organization.defaultLanguage
      const items = await screeningsOf(ctx, access.organization)
      return {
        items: items.map((i) => presentScreening(i, lang)),
        criteria: [...DPIA_CRITERIA],
        gbaItems: [...GBA_LIST_ITEMS],
        criterionLabels: Object.fromEntries(
          DPIA_CRITERIA.map((c) => [c, DPIA_CRITERION_LABELS[c].label[lang]]),
        ),
        gbaItemLabels: Object.fromEntries(GBA_LIST_ITEMS.map((g) => [g, GBA_LIST_LABELS[g][lang]])),
        can: permissions(access.grant, { write: dpiaActions.write }),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/dpia/screenings/:activityKey',
    {
      schema: {
        tags,
        summary: 'The DPIA screening of one activity',
        params: activityParams,
        querystring: langQuery,
        response: { 200: screeningSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      const lang = request.query.lang ?? access.organization.defaultLanguage
      const item = (await screeningsOf(ctx, access.organization)).find(
        (i) => i.activity.key === request.params.activityKey,
      )
      if (!item) throw new NotFound('register_entry')
      return presentScreening(item, lang)
    },
  )

  app.put(
    '/api/v1/orgs/:slug/dpia/screenings/:activityKey',
    {
      schema: {
        tags,
        summary: 'Confirm the screening of an activity: the criteria and GBA list items that apply, and why',
        params: activityParams,
        querystring: langQuery,
        body: z.strictObject({
          criteria: z
            .array(z.enum(DPIA_CRITERIA))
            .max(9)
            .describe('the WP248 criteria that apply (two or more: DPIA required)'),
          gbaItems: z
            .array(z.enum(GBA_LIST_ITEMS))
            .max(8)
            .default([])
            .describe('the items of the GBA list that apply (any: DPIA required)'),
          reason: z.string().trim().min(3).max(5000).describe('why these criteria apply (or none does)'),
        }),
        response: { 200: screeningSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.write)
      const lang = request.query.lang ?? access.organization.defaultLanguage
      await confirmScreening(ctx, access.actor, access.organization, request.params.activityKey, request.body)
      const item = (await screeningsOf(ctx, access.organization)).find(
        (i) => i.activity.key === request.params.activityKey,
      )
      if (!item) throw new NotFound('register_entry')
      return presentScreening(item, lang)
    },
  )
}
