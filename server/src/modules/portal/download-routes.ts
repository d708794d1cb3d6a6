import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { pickPublicLanguage } from '../../http/public-language'
import type { App } from '../../http/types'
import type { Html } from '../../lib/html'
import type { Organization } from '../organizations'
import { consumeDownload, findDownload } from '../packages'
import { downloadBody, invalidDownloadBody } from './download-page'
import { DOWNLOAD_WORDING } from './download-wording'
import { renderPortalPage } from './page'
import { portalOrganization } from './service'

const params = z.object({ slug: z.string().min(1).max(63), token: z.string().min(1).max(200) })
const langQuery = z.object({ lang: z.string().max(10).optional() })
/** The button's form carries only the language; anything else in the body is ignored, whatever its shape. */
const formBody = z.unknown()

function languageField(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('lang' in body)) return undefined
  return typeof body.lang === 'string' ? body.lang.slice(0, 10) : undefined
}
const ALL: Language[] = ['nl', 'fr', 'en']

function offered(org: Organization | undefined): Language[] {
  return org?.languages.length ? org.languages : ALL
}

function send(
  reply: FastifyReply,
  status: number,
  page: { language: Language; org: Organization | undefined; title: string; body: Html; path: string },
) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(
      renderPortalPage({
        language: page.language,
        title: page.title,
        organizationName: page.org ? page.org.legalName || page.org.name : 'Custos',
        body: page.body,
        languageLinks: offered(page.org).map((l) => ({ language: l, href: `${page.path}?lang=${l}` })),
      }),
    )
}

function invalidPage(
  reply: FastifyReply,
  request: FastifyRequest,
  org: Organization | undefined,
  path: string,
  asked: string | undefined,
) {
  const language = pickPublicLanguage(asked, request.headers['accept-language'], offered(org))
  return send(reply, 404, {
    language,
    org,
    title: DOWNLOAD_WORDING[language].invalidTitle,
    body: invalidDownloadBody(language, org ? (org.privacyContactEmail ?? org.contactEmail) : null),
    path,
  })
}

/**
 * The answer package download. GET only shows the page (mail scanners fetch links before the subject does, so it
 * must not use the link up); the button posts to the same address, which is safe without a CSRF token because
 * the token in the address is the secret. The download works once. An unknown, expired or used link all get the
 * same page and status.
 */
export function registerDownloadPortalRoutes(app: App, ctx: AppContext) {
  app.get(
    '/p/:slug/download/:token',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { hide: true, params, querystring: langQuery },
    },
    async (request, reply) => {
      const { slug, token } = request.params
      const path = `/p/${encodeURIComponent(slug)}/download/${encodeURIComponent(token)}`
      const org = await portalOrganization(ctx, slug)
      const found = org ? await findDownload(ctx, org.id, token) : null
      if (!org || !found) return invalidPage(reply, request, org, path, request.query.lang)
      const asked = request.query.lang
      const language =
        asked && (offered(org) as string[]).includes(asked) ? (asked as Language) : found.language
      return send(reply, 200, {
        language,
        org,
        title: DOWNLOAD_WORDING[language].title,
        body: downloadBody({
          language,
          organisation: org.legalName || org.name,
          action: `${path}?lang=${language}`,
          fileName: found.fileName,
          sizeBytes: found.sizeBytes,
          expiresAt: found.expiresAt,
        }),
        path,
      })
    },
  )

  app.post(
    '/p/:slug/download/:token',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: { hide: true, params, querystring: langQuery, body: formBody },
    },
    async (request, reply) => {
      const { slug, token } = request.params
      const path = `/p/${encodeURIComponent(slug)}/download/${encodeURIComponent(token)}`
      const org = await portalOrganization(ctx, slug)
      const download = org
        ? await consumeDownload(ctx, org.id, token, systemActor('download link', request.id))
        : null
      if (!org || !download) {
        return invalidPage(reply, request, org, path, languageField(request.body) ?? request.query.lang)
      }
      const fileName = download.fileName.replace(/[^\w.-]+/g, '_')
      return reply
        .code(200)
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(download.content)
    },
  )
}
