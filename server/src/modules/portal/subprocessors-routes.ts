import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { pickPublicLanguage } from '../../http/public-language'
import { cachedResponse, sendCached } from '../../http/public-pages/cached-response'
import type { PublicPageCache } from '../../http/public-pages/page-cache'
import type { App } from '../../http/types'
import { type Html, html } from '../../lib/html'
import type { Organization } from '../organizations'
import {
  confirmSubprocessorSubscription,
  currentSubprocessors,
  objectionLink,
  publicChanges,
  recordObjection,
  subscribeToSubprocessors,
  unsubscribeFromSubprocessors,
} from '../processors'
import { renderPortalPage } from './page'
import { portalOrganization } from './service'
import { SUBPROCESSOR_WORDING } from './subprocessors-wording'
import { formatBelgianDate } from './wording'

const LANGUAGES: Language[] = ['nl', 'fr', 'en']
const HTML_TYPE = 'text/html; charset=utf-8'
const slugParams = z.object({ slug: z.string().min(1).max(63) })
const langQuery = z.object({ lang: z.string().max(10).optional() }).passthrough()
const linkQuery = langQuery.extend({
  c: z.string().max(64).optional(),
  r: z.string().max(80).optional(),
  t: z.string().max(200).optional(),
})
const MAX_REASON = 4000

const languageOf = (request: FastifyRequest) =>
  pickPublicLanguage((request.query as { lang?: string }).lang, request.headers['accept-language'], LANGUAGES)

function page(org: Organization | undefined, language: Language, body: Html, path: string) {
  return renderPortalPage({
    language,
    title: SUBPROCESSOR_WORDING[language].title,
    organizationName: org ? org.legalName || org.name : 'Custos',
    body,
    languageLinks: LANGUAGES.map((l) => ({ language: l, href: `${path}?lang=${l}` })),
  })
}

/**
 * The public list of sub-processors (/p/{slug}/subprocessors, nl/fr/en), its e-mail subscription (double opt-in)
 * and the objection form a client reaches through the signed link in a change notice. The list is cached per
 * organisation revision (a change or a register vendor raises it); forms are rate limited like the notice's.
 */
export function registerSubprocessorPortalRoutes(app: App, ctx: AppContext, pages: PublicPageCache) {
  const listBody = async (org: Organization, language: Language, status?: string): Promise<Html> => {
    const w = SUBPROCESSOR_WORDING[language]
    const base = `/p/${encodeURIComponent(org.slug)}/subprocessors`
    const [current, changes] = await Promise.all([currentSubprocessors(ctx, org), publicChanges(ctx, org)])
    const table =
      current.length === 0
        ? html`<p>${w.none}</p>`
        : html`<table><thead><tr><th scope="col">${w.name}</th><th scope="col">${w.country}</th><th scope="col">${w.services}</th></tr></thead><tbody>${current.map(
            (s) =>
              html`<tr><th scope="row">${s.name}</th><td>${s.country}</td><td>${s.services ?? ''}</td></tr>`,
          )}</tbody></table>`
    const changeTable = (title: string, id: string, rows: typeof changes.pending) =>
      rows.length === 0
        ? ''
        : html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2><table><thead><tr><th scope="col">${w.change}</th><th scope="col">${w.name}</th><th scope="col">${w.country}</th><th scope="col">${w.effective}</th></tr></thead><tbody>${rows.map(
            (c) =>
              html`<tr><td>${w.pendingKind[c.kind]}</td><th scope="row">${c.vendor.name}</th><td>${c.vendor.country}</td><td>${formatBelgianDate(toBrusselsDate(c.effective_at))}</td></tr>`,
          )}</tbody></table></section>`
    const statusLine = status ? html`<p class="summary" role="status">${status}</p>` : ''
    return html`<h1>${w.title}</h1>${statusLine}<p>${w.intro(org.legalName || org.name)}</p>
${table}
${changeTable(w.pendingTitle, 'pending-title', changes.pending)}
${changeTable(w.recentTitle, 'recent-title', changes.recent)}
<section aria-labelledby="subscribe-title"><h2 id="subscribe-title">${w.subscribeTitle}</h2>
<p>${w.subscribeText}</p>
<form class="subscribe" method="post" action="${base}/subscribe?lang=${language}">
<label>${w.email}<input type="email" name="email" required autocomplete="email" maxlength="254"></label>
<button type="submit">${w.subscribe}</button></form></section>`
  }

  const sendList = async (
    reply: FastifyReply,
    org: Organization,
    language: Language,
    status: string,
    code = 200,
  ) => {
    const path = `/p/${org.slug}/subprocessors`
    return reply
      .code(code)
      .header('cache-control', 'no-store')
      .type(HTML_TYPE)
      .send(page(org, language, await listBody(org, language, status), path))
  }

  const notFound = (reply: FastifyReply, language: Language) =>
    reply
      .code(404)
      .type(HTML_TYPE)
      .send(
        page(
          undefined,
          language,
          html`<h1>${SUBPROCESSOR_WORDING[language].title}</h1><p>${SUBPROCESSOR_WORDING[language].invalidLink}</p>`,
          '',
        ),
      )

  app.get(
    '/p/:slug/subprocessors',
    { schema: { hide: true, params: slugParams, querystring: langQuery } },
    async (request, reply) => {
      const language = languageOf(request)
      const entry = await pages.organisation(request.params.slug)
      const rendered = await entry?.once(`subprocessors:${language}`, async () => {
        const org = await portalOrganization(ctx, request.params.slug)
        if (!org) return null
        const body = await listBody(org, language)
        return cachedResponse(HTML_TYPE, page(org, language, body, `/p/${org.slug}/subprocessors`), {})
      })
      if (!rendered) return notFound(reply, language)
      return sendCached(request, reply, rendered)
    },
  )

  app.post(
    '/p/:slug/subprocessors/subscribe',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery,
        body: z.object({ email: z.string().max(254) }),
      },
    },
    async (request, reply) => {
      const language = languageOf(request)
      const org = await portalOrganization(ctx, request.params.slug)
      if (!org) return notFound(reply, language)
      const w = SUBPROCESSOR_WORDING[language]
      const email = z.email().safeParse(request.body.email.trim())
      if (!email.success) return sendList(reply, org, language, w.invalidEmail, 400)
      await subscribeToSubprocessors(ctx, org, email.data, language)
      return sendList(reply, org, language, w.subscribed)
    },
  )

  app.get(
    '/p/:slug/subprocessors/confirm',
    {
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery.extend({ token: z.string().max(200).optional() }),
      },
    },
    async (request, reply) => {
      const language = languageOf(request)
      const org = await portalOrganization(ctx, request.params.slug)
      if (!org) return notFound(reply, language)
      const ok = request.query.token
        ? await confirmSubprocessorSubscription(ctx, org, request.query.token)
        : false
      const w = SUBPROCESSOR_WORDING[language]
      return sendList(reply, org, language, ok ? w.confirmed : w.invalidLink, ok ? 200 : 400)
    },
  )

  app.get(
    '/p/:slug/subprocessors/unsubscribe',
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
      const language = languageOf(request)
      const org = await portalOrganization(ctx, request.params.slug)
      if (!org) return notFound(reply, language)
      const { s, t } = request.query
      const ok = s && t ? await unsubscribeFromSubprocessors(ctx, org, s, t) : false
      const w = SUBPROCESSOR_WORDING[language]
      return sendList(reply, org, language, ok ? w.unsubscribed : w.invalidLink, ok ? 200 : 400)
    },
  )

  /** The objection form or the answer to it, never cached: it is one client's. */
  const objectionPage = (
    reply: FastifyReply,
    org: Organization,
    language: Language,
    link: { c: string; r: string; t: string },
    found: Awaited<ReturnType<typeof objectionLink>>,
    error?: string,
  ) => {
    const w = SUBPROCESSOR_WORDING[language]
    const path = `/p/${encodeURIComponent(org.slug)}/subprocessors`
    let body: Html
    let code = 200
    if (found.status === 'invalid') {
      body = html`<h1>${w.objectTitle}</h1><p>${w.invalidLink}</p>`
      code = 400
    } else if (found.status === 'closed') {
      body = html`<h1>${w.objectTitle}</h1><p role="status">${w.closed}</p>`
      code = 409
    } else if (found.status === 'recorded' || found.status === 'already') {
      body = html`<h1>${w.objectTitle}</h1><p class="summary" role="status">${found.status === 'recorded' ? w.recorded : w.already}</p><p><a href="${path}?lang=${language}">${w.title}</a></p>`
    } else {
      const date = formatBelgianDate(toBrusselsDate(found.change.effective_at))
      const errorLine = error
        ? html`<p class="field-error" id="reason-error"><strong>${error}</strong></p>`
        : ''
      const described = error ? 'reason-help reason-error' : 'reason-help'
      body = html`<h1>${w.objectTitle}</h1>
<p>${w.objectIntro(found.clientName, found.change.kind, found.change.vendor.name, date)}</p>
<form class="request-form" method="post" action="${path}/object?lang=${language}" accept-charset="utf-8">
<input type="hidden" name="c" value="${link.c}"><input type="hidden" name="r" value="${link.r}"><input type="hidden" name="t" value="${link.t}">
<p><label for="reason">${w.reason}</label><br>
<span class="meta" id="reason-help">${w.reasonHelp}</span><br>
${errorLine}<textarea id="reason" name="reason" rows="8" cols="60" maxlength="${MAX_REASON}" required aria-describedby="${described}"></textarea></p>
<p><button type="submit">${w.send}</button></p></form>`
      if (error) code = 400
    }
    return reply
      .code(code)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type(HTML_TYPE)
      .send(page(org, language, body, `${path}`))
  }

  app.get(
    '/p/:slug/subprocessors/object',
    { schema: { hide: true, params: slugParams, querystring: linkQuery } },
    async (request, reply) => {
      const language = languageOf(request)
      const org = await portalOrganization(ctx, request.params.slug)
      if (!org) return notFound(reply, language)
      const link = { c: request.query.c ?? '', r: request.query.r ?? '', t: request.query.t ?? '' }
      const found = await objectionLink(ctx, org, { changeId: link.c, recipient: link.r, signature: link.t })
      return objectionPage(reply, org, language, link, found)
    },
  )

  app.post(
    '/p/:slug/subprocessors/object',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        querystring: langQuery,
        body: z.object({
          c: z.string().max(64),
          r: z.string().max(80),
          t: z.string().max(200),
          reason: z.string().max(MAX_REASON * 2),
        }),
      },
    },
    async (request, reply) => {
      const language = languageOf(request)
      const org = await portalOrganization(ctx, request.params.slug)
      if (!org) return notFound(reply, language)
      const { c, r, t } = request.body
      const link = { changeId: c, recipient: r, signature: t }
      const reason = request.body.reason.trim().slice(0, MAX_REASON)
      if (reason === '') {
        const found = await objectionLink(ctx, org, link)
        return objectionPage(
          reply,
          org,
          language,
          { c, r, t },
          found,
          SUBPROCESSOR_WORDING[language].reasonRequired,
        )
      }
      const result = await recordObjection(ctx, org, link, reason)
      return objectionPage(reply, org, language, { c, r, t }, result)
    },
  )
}
