import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { App } from '../../http/types'
import { html } from '../../lib/html'
import { findOrganizationBySlug } from '../organizations'
import { openPreferenceToken, openUnsubscribeToken, PREFERENCE_LINK_DAYS } from './links'
import type { ConsentLanguage } from './model'
import { registerParentalRoutes } from './parental-page'
import {
  manageForm,
  preferenceLanguage,
  renderPreferencePage,
  requestLinkForm,
  unsubscribeForm,
} from './preference-page'
import { PREFERENCE_WORDING } from './preference-wording'
import {
  childrenWithoutAge,
  preferencesOf,
  savePreferences,
  sendPreferenceLink,
  unsubscribe,
} from './preferences'
import { labelInSentence, purposeLabelIn } from './purpose-wording'
import { findConsentPurpose } from './purposes'

const HTML_TYPE = 'text/html; charset=utf-8'
const slugParams = z.object({ slug: z.string().min(1).max(63) })
const langQuery = z.object({ lang: z.string().max(10).optional() })
const tokenQuery = langQuery.extend({ t: z.string().max(3000).optional() })
const text = (max: number) => z.string().max(max).optional()
const emailSchema = z.email().max(254)

function send(
  reply: FastifyReply,
  status: number,
  page: Parameters<typeof renderPreferencePage>[0],
): FastifyReply {
  return reply
    .code(status)
    .type(HTML_TYPE)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(renderPreferencePage(page))
}

/**
 * The preference centre of an organisation (issue 17 item 2), public, without account: a person asks for a link
 * by e-mail, the link shows every consent purpose of the register with their choice and lets them change it; and
 * the one-click unsubscribe endpoint of RFC 8058 for the organisation's mailings. Server-rendered, no script, in
 * nl/fr/en/de; the forms are rate limited like the portal's.
 */
export function registerPreferenceRoutes(app: App, ctx: AppContext) {
  registerParentalRoutes(app, ctx)
  const orgOf = (slug: string) => findOrganizationBySlug(ctx.db, slug)
  const notFound = (reply: FastifyReply, language: ConsentLanguage) =>
    send(reply, 404, {
      language,
      organizationName: 'Custos',
      title: PREFERENCE_WORDING[language].title,
      body: html`<p>${PREFERENCE_WORDING[language].invalidLink}</p>`,
      linkBase: '?',
    })

  app.get(
    '/p/:slug/preferences',
    { schema: { hide: true, params: slugParams, querystring: langQuery } },
    async (request, reply) => {
      const language = preferenceLanguage(request.query.lang, request.headers['accept-language'])
      const org = await orgOf(request.params.slug)
      if (!org) return notFound(reply, language)
      return send(reply, 200, {
        language,
        organizationName: org.legalName || org.name,
        title: PREFERENCE_WORDING[language].title,
        body: requestLinkForm(language, org.slug),
        linkBase: `/p/${encodeURIComponent(org.slug)}/preferences?`,
      })
    },
  )

  app.post(
    '/p/:slug/preferences',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        body: z.object({ email: text(2000), lang: text(10), website: text(2000) }),
      },
    },
    async (request, reply) => {
      const language = preferenceLanguage(request.body.lang, request.headers['accept-language'])
      const org = await orgOf(request.params.slug)
      if (!org) return notFound(reply, language)
      const w = PREFERENCE_WORDING[language]
      const page = { language, organizationName: org.legalName || org.name, title: w.title }
      const linkBase = `/p/${encodeURIComponent(org.slug)}/preferences?`
      const email = (request.body.email ?? '').trim()
      if (!emailSchema.safeParse(email).success)
        return send(reply, 400, {
          ...page,
          linkBase,
          body: requestLinkForm(language, org.slug, { error: w.invalidEmail, email }),
        })
      // A filled honeypot is a robot: the usual answer, nothing sent.
      if (!request.body.website) await sendPreferenceLink(ctx, org, email, language)
      return send(reply, 200, {
        ...page,
        linkBase,
        body: html`<p role="status" class="notice">${w.sent(PREFERENCE_LINK_DAYS)}</p>`,
      })
    },
  )

  app.get(
    '/p/:slug/preferences/manage',
    { schema: { hide: true, params: slugParams, querystring: tokenQuery } },
    async (request, reply) => {
      const language = preferenceLanguage(request.query.lang, request.headers['accept-language'])
      const org = await orgOf(request.params.slug)
      if (!org) return notFound(reply, language)
      const w = PREFERENCE_WORDING[language]
      const token = request.query.t ?? ''
      const subject = openPreferenceToken(ctx.encryption, org.id, token)
      const page = { language, organizationName: org.legalName || org.name, title: w.title }
      if (!subject)
        return send(reply, 400, {
          ...page,
          linkBase: `/p/${encodeURIComponent(org.slug)}/preferences?`,
          body: requestLinkForm(language, org.slug, { error: undefined, message: w.invalidLink }),
        })
      const rows = await preferencesOf(ctx, org.id, subject, language)
      return send(reply, 200, {
        ...page,
        linkBase: `/p/${encodeURIComponent(org.slug)}/preferences/manage?t=${encodeURIComponent(token)}&`,
        body: manageForm(language, org.slug, token, subject.masked, rows),
      })
    },
  )

  app.post(
    '/p/:slug/preferences/manage',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        body: z.record(z.string().max(200), z.string().max(3000)),
      },
    },
    async (request, reply) => {
      const body = request.body
      const language = preferenceLanguage(body.lang, request.headers['accept-language'])
      const org = await orgOf(request.params.slug)
      if (!org) return notFound(reply, language)
      const w = PREFERENCE_WORDING[language]
      const token = body.t ?? ''
      const subject = openPreferenceToken(ctx.encryption, org.id, token)
      const page = { language, organizationName: org.legalName || org.name, title: w.title }
      if (!subject)
        return send(reply, 400, {
          ...page,
          linkBase: `/p/${encodeURIComponent(org.slug)}/preferences?`,
          body: requestLinkForm(language, org.slug, { message: w.invalidLink }),
        })
      const choices = Object.fromEntries(
        Object.entries(body)
          .filter(([k]) => k.startsWith('purpose.'))
          .map(([k, v]) => [k.slice('purpose.'.length), v]),
      )
      const ageGroup = body.age === '13_or_over' ? ('13_or_over' as const) : undefined
      const before = await preferencesOf(ctx, org.id, subject, language)
      const notRecorded = childrenWithoutAge(before, choices, ageGroup).length
      const changes = await savePreferences(ctx, org, subject, choices, {
        ageGroup,
        language,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        actor: systemActor('preference centre', request.id),
      })
      const rows = await preferencesOf(ctx, org.id, subject, language)
      return send(reply, 200, {
        ...page,
        linkBase: `/p/${encodeURIComponent(org.slug)}/preferences/manage?t=${encodeURIComponent(token)}&`,
        body: manageForm(
          language,
          org.slug,
          token,
          subject.masked,
          rows,
          notRecorded > 0
            ? `${w.saved(changes.length)} ${w.ageNeeded(notRecorded)}`
            : w.saved(changes.length),
        ),
      })
    },
  )

  const unsubscribePage = async (
    reply: FastifyReply,
    slug: string,
    token: string,
    language: ConsentLanguage,
    done: (
      org: NonNullable<Awaited<ReturnType<typeof orgOf>>>,
      link: ReturnType<typeof openUnsubscribeToken>,
    ) => Promise<ReturnType<typeof html>>,
  ) => {
    const org = await orgOf(slug)
    if (!org) return notFound(reply, language)
    const w = PREFERENCE_WORDING[language]
    const link = openUnsubscribeToken(ctx.encryption, org.id, token)
    const page = {
      language,
      organizationName: org.legalName || org.name,
      title: w.unsubscribeTitle,
      linkBase: `/p/${encodeURIComponent(org.slug)}/unsubscribe?t=${encodeURIComponent(token)}&`,
    }
    if (!link) return send(reply, 400, { ...page, body: html`<p>${w.invalidLink}</p>` })
    return send(reply, 200, { ...page, body: await done(org, link) })
  }
  const purposeLabel = async (organizationId: string, key: string, language: ConsentLanguage) => {
    const purpose = await findConsentPurpose(ctx, organizationId, key)
    return purpose ? labelInSentence(purposeLabelIn(purpose, language)) : key
  }

  // GET only asks: mail scanners open links, and opening one must change nothing (RFC 8058 section 3.2).
  app.get(
    '/p/:slug/unsubscribe',
    { schema: { hide: true, params: slugParams, querystring: tokenQuery } },
    async (request, reply) => {
      const language = preferenceLanguage(request.query.lang, request.headers['accept-language'])
      const token = request.query.t ?? ''
      return unsubscribePage(reply, request.params.slug, token, language, async (org, link) =>
        unsubscribeForm(
          language,
          `/p/${encodeURIComponent(org.slug)}/unsubscribe?t=${encodeURIComponent(token)}&lang=${language}`,
          await purposeLabel(org.id, link?.purpose ?? '', language),
        ),
      )
    },
  )

  // The one-click POST a mail client sends (body List-Unsubscribe=One-Click), or the button of the page above.
  app.post(
    '/p/:slug/unsubscribe',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        querystring: tokenQuery,
        body: z.record(z.string().max(200), z.string().max(3000)).optional(),
      },
    },
    async (request, reply) => {
      const language = preferenceLanguage(request.query.lang, request.headers['accept-language'])
      const token = request.query.t ?? ''
      return unsubscribePage(reply, request.params.slug, token, language, async (org, link) => {
        if (!link) return html``
        await unsubscribe(ctx, org, link.subject, link.purpose, {
          language,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          actor: systemActor('one click unsubscribe', request.id),
        })
        return html`<p role="status" class="notice">${PREFERENCE_WORDING[language].unsubscribed(await purposeLabel(org.id, link.purpose, language))}</p>`
      })
    },
  )
}
