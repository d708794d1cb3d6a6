import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { periodCertificatePdf } from './period-certificate'
import { retentionActions } from './policy'

/** The destruction certificate of a period (issue 16 item 5): GET .../retention/certificates?from&to&lang. */
export function registerPeriodCertificateRoute(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/retention/certificates',
    {
      schema: {
        tags: ['retention'],
        summary:
          'The destruction certificate of a period, as PDF: every sweep that started or ended in it (tasks still open said as such)',
        description:
          'Brussels days, both included (at most 3 years). The SHA-256 of the PDF is in the x-custos-sha256 header and in the audit event retention.period_certificate_issued.',
        params: slugParams,
        querystring: z.strictObject({
          from: z.iso.date().describe('first day of the period, YYYY-MM-DD'),
          to: z.iso.date().describe('last day of the period, YYYY-MM-DD (included)'),
          lang: z.enum(['nl', 'fr', 'en']).optional().describe('default: the organisation’s language'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const org = access.organization
      const language =
        request.query.lang ??
        (org.defaultLanguage === 'fr' || org.defaultLanguage === 'en' ? org.defaultLanguage : 'nl')
      const { pdf, filename, sha256 } = await periodCertificatePdf(
        ctx,
        access.actor,
        org,
        { from: request.query.from, to: request.query.to },
        language,
      )
      reply.header('content-disposition', `attachment; filename="${filename}"`)
      reply.header('x-custos-sha256', sha256)
      return reply.type('application/pdf').send(pdf)
    },
  )
}
