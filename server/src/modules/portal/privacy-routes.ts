import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import type { NoticeDocument } from '../../domain/notice/model'
import { noticeHtml } from '../../domain/notice/render-html'
import { renderNoticePdf } from '../../domain/notice/render-pdf'
import { pickPublicLanguage } from '../../http/public-language'
import { cachedResponse, sendCached } from '../../http/public-pages/cached-response'
import type { PublicPageCache } from '../../http/public-pages/page-cache'
import { allowFramingByAnySite } from '../../http/security'
import type { App } from '../../http/types'
import { html } from '../../lib/html'
import type { NoticeVersionRow } from '../notices'
import type { Organization } from '../organizations'
import { renderPortalPage } from './page'
import { privacyPageBody } from './privacy-page'
import { latestNotice, noticeVersion, noticeVersions, portalOrganization } from './service'
import { confirmNoticeSubscription, subscribeToNotice, unsubscribeFromNotice } from './subscriptions'
import { PORTAL_WORDING } from './wording'

const slugParams = z.object({ slug: z.string().min(1).max(63) })
const langQuery = z.object({ lang: z.string().max(10).optional() }).passthrough()
const HTML_TYPE = 'text/html; charset=utf-8'

function offeredLanguages(org: Organization, version?: NoticeVersionRow): Language[] {
  const published = version ? (Object.keys(version.documents) as Language[]) : []
  return published.length > 0 ? published : org.languages
}

async function load(ctx: AppContext, request: FastifyRequest, slug: string) {
  const org = await portalOrganization(ctx, slug)
  const latest = org ? await latestNotice(ctx, org.id) : undefined
  const query = request.query as { lang?: string }
  const language = pickPublicLanguage(
    query.lang,
    request.headers['accept-language'],
    org ? offeredLanguages(org, latest) : ['nl', 'fr', 'en'],
  )
  return { org, latest, language }
}

function notFoundPage(reply: FastifyReply, language: Language, name = 'Custos') {
  const w = PORTAL_WORDING[language]
  return reply
    .code(404)
    .type(HTML_TYPE)
    .send(
      renderPortalPage({
        language,
        title: w.privacyTitle,
        organizationName: name,
        body: html`<h1>${w.privacyTitle}</h1><p>${w.notPublished}</p>`,
        languageLinks: [],
      }),
    )
}

type Format = 'html' | 'pdf' | 'md' | 'json'

interface Rendered {
  type: string
  body: string | Buffer
  headers: Record<string, string>
}

/**
 * The public privacy notice of an organisation: /p/{slug}/privacy, its versions and formats, and subscriptions.
 * The pages anyone may fetch are rendered once per published version, language and format, and cached (see
 * http/public-pages); the answers to a subscription form carry a message and are rendered each time.
 */
export function registerPrivacyPortalRoutes(app: App, ctx: AppContext, pages: PublicPageCache) {
  const render = async (
    org: Organization,
    version: NoticeVersionRow,
    current: number,
    language: Language,
    format: Format,
    embed: boolean,
    status?: string,
  ): Promise<Rendered | undefined> => {
    const doc = version.documents[language] ?? Object.values(version.documents)[0]
    if (!doc) return undefined
    const name = `privacy-${org.slug}-v${version.version}-${language}`
    if (format === 'json')
      return { type: 'application/json; charset=utf-8', body: JSON.stringify(doc.json), headers: {} }
    if (format === 'md') {
      const headers = { 'content-disposition': `inline; filename="${name}.md"` }
      return { type: 'text/markdown; charset=utf-8', body: doc.markdown, headers }
    }
    if (format === 'pdf') {
      const pdf = await renderNoticePdf(doc.json as NoticeDocument)
      return {
        type: 'application/pdf',
        body: pdf,
        headers: { 'content-disposition': `inline; filename="${name}.pdf"` },
      }
    }
    const base =
      version.version === current
        ? `/p/${org.slug}/privacy`
        : `/p/${org.slug}/privacy/versions/${version.version}`
    const body = privacyPageBody({
      language,
      slug: org.slug,
      version,
      current,
      versions: await noticeVersions(ctx, org.id),
      // Rendered from the published document (as the PDF is), not taken as markup from the database.
      notice: noticeHtml(doc.json as NoticeDocument),
      status,
      embed,
    })
    const page = renderPortalPage({
      language,
      title: PORTAL_WORDING[language].privacyTitle,
      organizationName: org.legalName || org.name,
      body,
      languageLinks: offeredLanguages(org, version).map((l) => ({ language: l, href: `${base}?lang=${l}` })),
    })
    return { type: HTML_TYPE, body: page, headers: {} }
  }

  /** A page with a message (after a form): rendered for this answer only. */
  const sendVersion = async (
    request: FastifyRequest,
    reply: FastifyReply,
    org: Organization,
    version: NoticeVersionRow,
    current: number,
    language: Language,
    format: Format,
    status?: string,
  ) => {
    const embed = (request.query as { embed?: string }).embed === '1'
    const rendered = await render(org, version, current, language, format, embed, status)
    if (!rendered) return notFoundPage(reply, language, org.name)
    if (embed) allowFramingByAnySite(reply)
    return reply.type(rendered.type).headers(rendered.headers).send(rendered.body)
  }

  /** A published version as anyone sees it: from the cache of this organisation's current revision. */
  const sendPublished = async (request: FastifyRequest, reply: FastifyReply, slug: string, file?: string) => {
    const query = request.query as { lang?: string; embed?: string }
    const entry = await pages.organisation(slug)
    const published = await entry?.once('privacy:meta', async () => {
      const org = await portalOrganization(ctx, slug)
      const latest = org ? await latestNotice(ctx, org.id) : undefined
      return org && { org, current: latest?.version, languages: offeredLanguages(org, latest) }
    })
    const language = pickPublicLanguage(
      query.lang,
      request.headers['accept-language'],
      published ? published.languages : ['nl', 'fr', 'en'],
    )
    const match = file === undefined ? undefined : /^(\d{1,6})(?:\.(pdf|md|json))?$/.exec(file)
    if (!entry || !published || published.current === undefined || (file !== undefined && !match))
      return notFoundPage(reply, language, published?.org.name)
    const { org, current } = published
    const number = match ? Number(match[1]) : current
    const format = ((match ? match[2] : (request.routeOptions.config as { format?: Format }).format) ??
      'html') as Format
    const embed = format === 'html' && query.embed === '1'
    const page = await entry.once(
      `privacy:v${number}:${language}:${format}:${embed ? 'embed' : 'page'}`,
      async () => {
        const version =
          number === current ? await latestNotice(ctx, org.id) : await noticeVersion(ctx, org.id, number)
        if (!version || version.version !== number) return null
        const rendered = await render(org, version, current, language, format, embed)
        return rendered ? cachedResponse(rendered.type, rendered.body, rendered.headers) : null
      },
    )
    if (!page) return notFoundPage(reply, language, org.name)
    if (embed) allowFramingByAnySite(reply)
    return sendCached(request, reply, page)
  }

  for (const [suffix, format] of [
    ['', 'html'],
    ['.pdf', 'pdf'],
    ['.md', 'md'],
    ['.json', 'json'],
  ] as const) {
    app.get(
      `/p/:slug/privacy${suffix}`,
      { config: { format }, schema: { hide: true, params: slugParams, querystring: langQuery } },
      (request, reply) => sendPublished(request, reply, request.params.slug),
    )
  }

  app.get(
    '/p/:slug/privacy/versions/:file',
    {
      schema: { hide: true, params: slugParams.extend({ file: z.string().max(20) }), querystring: langQuery },
    },
    (request, reply) => sendPublished(request, reply, request.params.slug, request.params.file),
  )

  app.post(
    '/p/:slug/privacy/subscribe',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery,
        body: z.object({ email: z.string().max(254), lang: z.string().max(10).optional() }),
      },
    },
    async (request, reply) => {
      const { org, latest, language } = await load(ctx, request, request.params.slug)
      if (!org || !latest) return notFoundPage(reply, language, org?.name)
      const w = PORTAL_WORDING[language]
      const email = z.email().safeParse(request.body.email.trim())
      if (!email.success)
        return sendVersion(
          request,
          reply.code(400),
          org,
          latest,
          latest.version,
          language,
          'html',
          w.invalidEmail,
        )
      await subscribeToNotice(ctx, org, email.data, language)
      return sendVersion(request, reply, org, latest, latest.version, language, 'html', w.subscribed)
    },
  )

  app.get(
    '/p/:slug/privacy/subscribe/confirm',
    {
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery.extend({ token: z.string().max(200).optional() }),
      },
    },
    async (request, reply) => {
      const { org, latest, language } = await load(ctx, request, request.params.slug)
      if (!org || !latest) return notFoundPage(reply, language, org?.name)
      const ok = request.query.token ? await confirmNoticeSubscription(ctx, org, request.query.token) : false
      const w = PORTAL_WORDING[language]
      return sendVersion(
        request,
        reply.code(ok ? 200 : 400),
        org,
        latest,
        latest.version,
        language,
        'html',
        ok ? w.confirmed : w.invalidLink,
      )
    },
  )

  app.get(
    '/p/:slug/privacy/unsubscribe',
    {
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery.extend({
          s: z.string().max(64).optional(),
          t: z.string().max(200).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { org, latest, language } = await load(ctx, request, request.params.slug)
      if (!org || !latest) return notFoundPage(reply, language, org?.name)
      const { s, t } = request.query
      const ok = s && t ? await unsubscribeFromNotice(ctx, org, s, t) : false
      const w = PORTAL_WORDING[language]
      return sendVersion(
        request,
        reply.code(ok ? 200 : 400),
        org,
        latest,
        latest.version,
        language,
        'html',
        ok ? w.unsubscribed : w.invalidLink,
      )
    },
  )
}
