import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { provideRetentionEnforcement } from '../register'
import { retentionEnforcementTexts } from './enforcement'
import { holdLabels, liftHold, placeHold } from './holds'
import { registerPeriodCertificateRoute } from './period-certificate-routes'
import { retentionActions } from './policy'
import { presentHold, presentRule } from './presenter'
import { listLegalHolds } from './repository'
import { canSchema, holdSchema, isoDay, planItemSchema, ruleSchema } from './route-schemas'
import { approvePlan, listRuleViews, retentionCalendar, updatePolicy } from './rules'
import { registerRunRoutes } from './runs-routes'
import { planRetention } from './sweep'

const tags = ['retention']
const ruleParams = slugParams.extend({ rule: z.string().min(1).max(100) })
const idParams = slugParams.extend({ id: z.uuid() })
const todayQuery = z.strictObject({
  today: isoDay.optional().describe('plan as of this day (default today)'),
})

export function registerRetentionRoutes(app: App, ctx: AppContext) {
  // The register export shows how each rule is enforced (the register cannot import this module).
  provideRetentionEnforcement(retentionEnforcementTexts)
  registerPeriodCertificateRoute(app, ctx)
  const can = (grant: Parameters<typeof permissions>[0]) =>
    permissions(grant, {
      write: retentionActions.write,
      approve: retentionActions.approve,
      run: retentionActions.run,
    })

  app.get(
    '/api/v1/orgs/:slug/retention/rules',
    {
      schema: {
        tags,
        summary: 'The register retention rules in machine form, with the collections linked to each',
        params: slugParams,
        response: { 200: z.object({ items: z.array(ruleSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      return {
        items: (await listRuleViews(ctx, access.organization)).map(presentRule),
        can: can(access.grant),
      }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/retention/rules/:rule',
    {
      schema: {
        tags,
        summary:
          'Set how a rule is enforced: start event, end action, renewed until, renewal by consent, run ceiling',
        params: ruleParams,
        body: z.strictObject({
          startKind: z
            .enum(['date_field', 'subject_event', 'fixed_date'])
            .optional()
            .describe(
              'where the period starts: a date field of each row, an event of the person (subjectEvent) or one fixed day',
            ),
          subjectEvent: z
            .enum(['contract_end', 'last_contact', 'relationship_end', 'dispute_closed'])
            .nullable()
            .optional()
            .describe("for subject_event: the person's event the period counts from"),
          fixedDate: isoDay.nullable().optional().describe('for fixed_date: the day the period counts from'),
          endAction: z
            .enum(['delete', 'mask', 'anonymise'])
            .optional()
            .describe('what happens to a row at the end of the period'),
          renewedUntil: isoDay
            .nullable()
            .optional()
            .describe('kept at least until this day (manual renewal)'),
          consentPurpose: z
            .string()
            .min(1)
            .max(100)
            .nullable()
            .optional()
            .describe(
              "renewal by consent: a consent purpose of the register whose valid consent renews a person's period; only for a rule the register marks consentRenewable that counts from the person's event (startKind subject_event); null: no renewal by consent",
            ),
          runCeiling: z
            .number()
            .int()
            .min(1)
            .nullable()
            .optional()
            .describe(
              'a sweep that finds more rows due than this pauses and changes nothing, for a person to check',
            ),
        }),
        response: { 200: ruleSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.write)
      await updatePolicy(ctx, access.actor, access.organization, request.params.rule, request.body)
      const views = await listRuleViews(ctx, access.organization)
      return presentRule(views.find((v) => v.rule.key === request.params.rule) as (typeof views)[number])
    },
  )

  app.post(
    '/api/v1/orgs/:slug/retention/rules/:rule/approval',
    {
      schema: {
        tags,
        summary: "Approve a rule's sweep plan; later runs of the rule go unattended",
        params: ruleParams,
        body: z.strictObject({}).optional(),
        response: { 200: ruleSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.approve)
      await approvePlan(ctx, access.actor, access.organization, request.params.rule)
      const views = await listRuleViews(ctx, access.organization)
      return presentRule(views.find((v) => v.rule.key === request.params.rule) as (typeof views)[number])
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/plan',
    {
      schema: {
        tags,
        summary: 'What each rule would sweep today, per collection (counts, sample keys, holds)',
        params: slugParams,
        querystring: todayQuery,
        response: { 200: z.object({ items: z.array(planItemSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const items = await planRetention(ctx, access.organization, {
        ...(request.query.today ? { today: request.query.today } : {}),
      })
      return {
        items: items.map((i) => ({
          ...i,
          approved: i.approved ? { ...i.approved, at: i.approved.at.toISOString() } : null,
        })),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/calendar',
    {
      schema: {
        tags,
        summary: 'What falls due in the next 30, 90 and 365 days, per rule and collection',
        params: slugParams,
        querystring: todayQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                rule: z.string(),
                dataset: z.string(),
                system: z.string(),
                collection: z.string(),
                within: z.array(
                  z.object({
                    days: z.number().int(),
                    rows: z
                      .number()
                      .int()
                      .describe('rows falling due within the days, without the held ones'),
                    held: z
                      .number()
                      .int()
                      .describe(
                        'rows that would fall due within the days but a legal hold keeps (on their person or request, the collection or the system)',
                      ),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      return {
        items: await retentionCalendar(ctx, access.organization, {
          ...(request.query.today ? { today: request.query.today } : {}),
        }),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/holds',
    {
      schema: {
        tags,
        summary: 'Legal holds, active and ended',
        params: slugParams,
        response: { 200: z.object({ items: z.array(holdSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const holds = await listLegalHolds(ctx.db, access.organization.id)
      const labels = await holdLabels(ctx, access.organization.id, holds)
      return {
        items: holds.map((h) => presentHold(h, labels.get(h.id))),
        can: can(access.grant),
      }
    },
  )

  const reason = z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .describe(
      "dispute, litigation or inspection, with a file reference; no names: the reason is kept as written in the hold's history, also after the person is erased",
    )
  const endsOn = isoDay.nullable().optional().describe('absent or null: until lifted')
  app.post(
    '/api/v1/orgs/:slug/retention/holds',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Place a legal hold on a subject, a request, a collection or a whole system',
        params: slugParams,
        body: z.discriminatedUnion('scope', [
          z.strictObject({
            scope: z.literal('subject').describe('what the hold covers'),
            subjectId: z.uuid().describe('the person of the subject index'),
            reason,
            endsOn,
          }),
          z.strictObject({
            scope: z.literal('request').describe('what the hold covers'),
            requestId: z.uuid().describe('the data subject request'),
            reason,
            endsOn,
          }),
          z.strictObject({
            scope: z.literal('system').describe('what the hold covers'),
            systemKey: z.string().min(1).max(100).describe('the system key of the register'),
            reason,
            endsOn,
          }),
          z.strictObject({
            scope: z.literal('collection').describe('what the hold covers'),
            datasetKey: z.string().min(1).max(100).describe('the dataset the collection belongs to'),
            collection: z.string().min(1).max(128).describe('the collection (table) of the dataset'),
            reason,
            endsOn,
          }),
        ]),
        response: { 201: holdSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.write)
      const hold = await placeHold(ctx, access.actor, access.organization, request.body)
      const labels = await holdLabels(ctx, access.organization.id, [hold])
      return reply.code(201).send(presentHold(hold, labels.get(hold.id)))
    },
  )

  app.post(
    '/api/v1/orgs/:slug/retention/holds/:id/lift',
    {
      schema: {
        tags,
        summary: 'Lift a legal hold',
        params: idParams,
        body: z.strictObject({}).optional(),
        response: { 200: holdSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.write)
      const hold = await liftHold(ctx, access.actor, access.organization, request.params.id)
      const labels = await holdLabels(ctx, access.organization.id, [hold])
      return presentHold(hold, labels.get(hold.id))
    },
  )

  registerRunRoutes(app, ctx)
}
