import { z } from 'zod'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { checkRegister } from '../../domain/register/checks'
import { registerToCsv, registerToPdf, registerToXlsx } from '../../domain/register/export'
import { answerLanguage, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { registerActions } from './policy'
import { retentionEnforcementOf } from './report-extras'
import { loadRegister } from './service'

export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  object: z.object({ type: z.string(), key: z.string().nullable() }),
  path: z.string(),
  message: z.string(),
  fix: z.string(),
})

const EXPORTS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: registerToXlsx },
  csv: {
    type: 'text/csv; charset=utf-8',
    render: async (...args: Parameters<typeof registerToCsv>) => registerToCsv(...args),
  },
  pdf: { type: 'application/pdf', render: registerToPdf },
} as const

/** The register linter and the exports for people (XLSX modelled on the GBA's register, CSV, PDF). */
export function registerRegisterReportRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/register/check',
    {
      schema: {
        tags: tags.register,
        summary: 'Check the register: each finding with its rule, severity, place, explanation and fix',
        params: slugParams,
        querystring: z.strictObject({ lang: answerLanguage }),
        response: {
          200: z.object({ errors: z.number(), warnings: z.number(), findings: z.array(findingSchema) }),
        },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, registerActions.check)
      const lang = request.query.lang ?? organization.defaultLanguage
      const findings = checkRegister(await loadRegister(ctx, organization))
      return {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        findings: findings.map((f) => ({ ...f, message: f.message[lang], fix: f.fix[lang] })),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/register/export',
    {
      schema: {
        tags: tags.register,
        summary: 'Export the register for people: XLSX (GBA model), CSV or PDF, in nl, fr or en',
        params: slugParams,
        querystring: z.strictObject({
          format: z.enum(['xlsx', 'csv', 'pdf']).describe('xlsx (the GBA model), csv or pdf'),
          lang: answerLanguage,
        }),
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, registerActions.export)
      const lang = request.query.lang ?? organization.defaultLanguage
      const format = EXPORTS[request.query.format]
      const retentionEnforcement = await retentionEnforcementOf(ctx, organization, lang)
      const body = await format.render(
        await loadRegister(ctx, organization),
        lang,
        retentionEnforcement ? { retentionEnforcement } : {},
      )
      const date = toBrusselsDate(new Date()) // the day in Belgium, as every date the user sees
      reply.header(
        'content-disposition',
        `attachment; filename="register-${organization.slug}-${lang}-${date}.${request.query.format}"`,
      )
      return reply.type(format.type).send(body)
    },
  )
}
