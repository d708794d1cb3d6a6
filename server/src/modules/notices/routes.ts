import { z } from 'zod'
import type { AppContext } from '../../context'
import { answerLanguage, languageSchema, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { noticeActions, noticeCanSchema, noticePermissions } from './policy'
import { diffPublishedNotices, listPublishedNotices, publishedNoticeText } from './published'
import { portalUrlOf, previewNotice, publishNotice } from './service'
import { registerNoticeSettingsRoutes } from './settings-routes'

const completenessItem = z.object({
  element: z.string(),
  article: z.string(),
  label: z.string(),
  status: z.enum(['present', 'missing', 'recommended', 'not-applicable']),
  missing: z.string().optional(),
  fixAt: z.object({ type: z.string(), key: z.string().nullable(), path: z.string() }).optional(),
})
const langQuery = z.strictObject({ lang: answerLanguage })

export function registerNoticeRoutes(app: App, ctx: AppContext) {
  registerNoticeSettingsRoutes(app, ctx)
  app.get(
    '/api/v1/orgs/:slug/notice/preview',
    {
      schema: {
        tags: tags.notice,
        summary:
          'The privacy notice as it would read if published now, with its Art. 13/14/21(4) completeness check',
        params: slugParams,
        querystring: langQuery,
        response: {
          200: z.object({
            language: languageSchema,
            html: z.string(),
            markdown: z.string(),
            notice: z.record(z.string(), z.unknown()),
            completeness: z.array(completenessItem),
            publicUrl: z.string(),
            can: noticeCanSchema,
          }),
        },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      const language = request.query.lang ?? organization.defaultLanguage
      const preview = await previewNotice(ctx, organization, language)
      return {
        language,
        html: preview.html,
        markdown: preview.markdown,
        notice: preview.notice as unknown as Record<string, unknown>,
        completeness: preview.completeness.map((i) => ({
          element: i.element,
          article: i.article,
          label: i.label[language],
          status: i.status,
          ...(i.missing ? { missing: i.missing[language] } : {}),
          ...(i.fixAt ? { fixAt: i.fixAt } : {}),
        })),
        publicUrl: `${portalUrlOf(ctx, organization)}/privacy`,
        can: noticePermissions(grant),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/notice/versions',
    {
      schema: {
        tags: tags.notice,
        summary:
          'Publish a new immutable version in every language (refused while required elements are missing)',
        params: slugParams,
        body: z.strictObject({
          effectiveDate: z.iso.date().optional().describe('when the version takes effect (default: today)'),
          material: z
            .boolean()
            .default(false)
            .describe('true: a material change - subscribers are told before it takes effect'),
          changeSummary: z
            .string()
            .trim()
            .max(2000)
            .optional()
            .describe('what changed, in words for the public; sent to subscribers'),
        }),
        response: {
          201: z.object({ version: z.number(), effectiveDate: z.string(), subscribersNotified: z.number() }),
        },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, noticeActions.publish)
      return reply.code(201).send(await publishNotice(ctx, access.actor, access.organization, request.body))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/notice/versions',
    {
      schema: {
        tags: tags.notice,
        summary: 'Published versions, newest first',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                version: z.number(),
                effectiveDate: z.string(),
                material: z.boolean(),
                changeSummary: z.string().nullable(),
                publishedBy: z.string(),
                publishedAt: z.string(),
              }),
            ),
            publicUrl: z.string(),
            can: noticeCanSchema,
          }),
        },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      const rows = await listPublishedNotices(ctx, organization.id)
      return {
        items: rows.map((r) => ({
          version: r.version,
          effectiveDate: r.effective_date,
          material: r.material,
          changeSummary: r.change_summary,
          publishedBy: r.published_by,
          publishedAt: r.published_at.toISOString(),
        })),
        publicUrl: `${portalUrlOf(ctx, organization)}/privacy`,
        can: noticePermissions(grant),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/notice/versions/:version',
    {
      schema: {
        tags: tags.notice,
        summary: 'One published version in one language',
        params: slugParams.extend({ version: z.coerce.number().int().min(1) }),
        querystring: langQuery,
        response: {
          200: z.object({
            version: z.number(),
            effectiveDate: z.string(),
            language: languageSchema,
            markdown: z.string(),
            html: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      const language = request.query.lang ?? organization.defaultLanguage
      const text = await publishedNoticeText(ctx, organization.id, request.params.version, language)
      return { ...text, language }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/notice/diff',
    {
      schema: {
        tags: tags.notice,
        summary: 'What changed between two published versions (line diff of the Markdown text)',
        params: slugParams,
        querystring: z.strictObject({
          from: z.coerce.number().int().min(1).describe('the older version number'),
          to: z.coerce.number().int().min(1).describe('the newer version number'),
          lang: answerLanguage,
        }),
        response: {
          200: z.object({
            from: z.number(),
            to: z.number(),
            language: languageSchema,
            parts: z.array(z.object({ type: z.enum(['same', 'added', 'removed']), text: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      const language = request.query.lang ?? organization.defaultLanguage
      const { from, to } = request.query
      return {
        from,
        to,
        language,
        parts: await diffPublishedNotices(ctx, organization.id, from, to, language),
      }
    },
  )
}
