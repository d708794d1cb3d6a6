import { z } from 'zod'
import { roleMay } from '../../auth/policy'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { InvalidInput } from '../../domain/errors'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { findOrganizationBySlug, membershipsOf } from '../organizations'
import { INDICATORS, indicatorsOf, urgencyOf } from './indicators'
import { complianceActions } from './policy'
import { complianceReportPdf } from './report'
import { TREND_DAYS, type Trend, trendOf } from './snapshots'

/** The trend as the API gives it. */
const apiTrend = ({ historySince, comparedWith, previous, emptyThen }: Trend) => ({
  historySince,
  comparedWith,
  previous,
  emptyThen,
})

const tags = ['compliance']
const indicatorSchema = z.object({
  key: z.enum(INDICATORS),
  measured: z.boolean().describe('false: no module measures this yet; value and level are null'),
  value: z.number().nullable(),
  level: z.enum(['ok', 'attention', 'urgent']).nullable(),
  details: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()])),
})
const organizationOverviewSchema = z.object({
  slug: z.string(),
  name: z.string(),
  role: z.string(),
  language: z.enum(['nl', 'fr', 'en']),
  urgency: z
    .number()
    .int()
    .describe(
      'higher is more urgent: 10 per urgent indicator, 3 per one needing attention, 1 per overdue or critical action',
    ),
  indicators: z.array(indicatorSchema),
  trend: z
    .object({
      historySince: z.iso
        .date()
        .nullable()
        .describe('the first day a daily snapshot of the indicators was taken; null: no history yet'),
      comparedWith: z.iso
        .date()
        .nullable()
        .describe(
          `the day of the snapshot compared with: the latest taken at least ${TREND_DAYS} days ago; null: no snapshot that old yet`,
        ),
      previous: z
        .record(z.string(), z.number().nullable())
        .describe(
          'each indicator’s value on comparedWith, by key (null: not measured then, or measured without a value - see emptyThen)',
        ),
      emptyThen: z
        .array(z.enum(INDICATORS))
        .describe(
          'the indicators measured on comparedWith without a value ("none then": no request answered in the 90 days before it, no privacy notice published); a null in previous for any other key means it was not measured then',
        ),
    })
    .describe(
      `today’s indicators against ${TREND_DAYS} days ago, from the daily snapshots (job compliance.snapshot)`,
    ),
})

export function registerComplianceRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/compliance',
    {
      schema: {
        tags,
        summary: 'The compliance overview of one organisation',
        params: slugParams,
        response: { 200: organizationOverviewSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, complianceActions.read)
      const org = access.organization
      const [indicators, trend] = await Promise.all([indicatorsOf(ctx, org), trendOf(ctx, org)])
      return {
        slug: org.slug,
        name: org.name,
        role: 'role' in access.grant ? access.grant.role : 'api_token',
        language: org.defaultLanguage,
        urgency: urgencyOf(indicators),
        indicators,
        trend: apiTrend(trend),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/compliance/report.pdf',
    {
      schema: {
        tags,
        summary: 'The monthly compliance report of one organisation as a PDF',
        params: slugParams,
        querystring: z.strictObject({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
            .optional()
            .describe(
              'the month whose answered requests are counted, YYYY-MM; default the current month (Brussels)',
            ),
          lang: languageSchema.optional().describe('language of the report; default the organisation’s'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, complianceActions.read)
      const org = access.organization
      const thisMonth = toBrusselsDate(new Date()).slice(0, 7)
      const month = request.query.month ?? thisMonth
      if (month > thisMonth)
        throw new InvalidInput([
          {
            path: 'querystring.month',
            code: 'invalid',
            message: `A month that has not begun yet; the latest report is for ${thisMonth}.`,
          },
        ])
      const lang = request.query.lang ?? org.defaultLanguage
      const pdf = await complianceReportPdf(ctx, org, month, lang)
      const name = `compliance-${org.slug}-${month}-${lang}.pdf`.replace(/[^\w.-]/g, '_')
      reply.header('content-disposition', `attachment; filename="${name}"`)
      return reply.type('application/pdf').send(pdf)
    },
  )

  app.get(
    '/api/v1/me/compliance',
    {
      schema: {
        tags,
        summary: 'Every organisation you belong to, most urgent first (the consultant’s overview)',
        response: {
          200: z.object({
            items: z.array(organizationOverviewSchema),
            withoutAccess: z
              .array(z.object({ slug: z.string(), name: z.string(), role: z.string() }))
              .describe('organisations you belong to with a role that does not read the register'),
          }),
        },
      },
    },
    async (request) => {
      const user = requireUser(request)
      const memberships = await membershipsOf(ctx, user.userId)
      const items = []
      const withoutAccess = []
      for (const m of memberships) {
        const org = await findOrganizationBySlug(ctx.db, m.slug)
        if (!org) continue
        if (!roleMay(m.role, complianceActions.read)) {
          withoutAccess.push({ slug: m.slug, name: m.name, role: m.role })
          continue
        }
        const [indicators, trend] = await Promise.all([indicatorsOf(ctx, org), trendOf(ctx, org)])
        items.push({
          slug: org.slug,
          name: org.name,
          role: m.role,
          language: org.defaultLanguage,
          urgency: urgencyOf(indicators),
          indicators,
          trend: apiTrend(trend),
        })
      }
      items.sort((a, b) => b.urgency - a.urgency || a.name.localeCompare(b.name))
      return { items, withoutAccess }
    },
  )
}
