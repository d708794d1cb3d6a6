import type { AppContext } from '../../context'
import { type AuthorityLanguage, authorityDraft, draftText } from '../../domain/breaches'
import type { App } from '../../http/types'
import { draftContext } from './draft-context'
import { renderDraftPdf } from './draft-pdf'
import { BASE, idParams, loadedBreach, tags } from './route-kit'
import { draftQuerySchema, draftSchema } from './schemas'

/** The GBA notification (part 1 or 2) as a draft to paste field by field, and as a PDF. */
export function registerBreachDraftRoutes(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/:id/notification-draft`,
    {
      schema: {
        tags,
        summary: 'The GBA notification (part 1 or 2) as a draft in nl, fr or de, field by field and as text',
        params: idParams,
        querystring: draftQuerySchema,
        response: { 200: draftSchema },
      },
    },
    async (request) => {
      const { access, row } = await loadedBreach(ctx, request.params.slug, request.params.id, request)
      const lang: AuthorityLanguage =
        request.query.lang ?? (access.organization.defaultLanguage === 'fr' ? 'fr' : 'nl')
      const draft = authorityDraft(
        await draftContext(ctx, access.organization, row, lang),
        request.query.part === '2' ? 2 : 1,
        lang,
      )
      return { ...draft, text: draftText(draft) }
    },
  )

  app.get(
    `${BASE}/:id/notification-draft/pdf`,
    {
      schema: {
        tags,
        summary: 'The GBA notification draft as PDF',
        params: idParams,
        querystring: draftQuerySchema,
      },
    },
    async (request, reply) => {
      const { access, row } = await loadedBreach(ctx, request.params.slug, request.params.id, request)
      const lang: AuthorityLanguage =
        request.query.lang ?? (access.organization.defaultLanguage === 'fr' ? 'fr' : 'nl')
      const part = request.query.part === '2' ? 2 : 1
      const draft = authorityDraft(await draftContext(ctx, access.organization, row, lang), part, lang)
      const pdf = await renderDraftPdf(draft, access.organization.legalName || access.organization.name)
      reply.header(
        'content-disposition',
        `attachment; filename="${row.reference}-gba-part${part}-${lang}.pdf"`,
      )
      return reply.type('application/pdf').send(pdf)
    },
  )
}
