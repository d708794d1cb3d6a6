import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { InvalidInput } from '../../domain/errors'
import type { App } from '../../http/types'
import { type Html, html } from '../../lib/html'
import { findOrganizationBySlug } from '../organizations'
import type { ConsentLanguage } from './model'
import { decideParentalRequest, openParentalRequest, type ParentalRequestView } from './parental'
import { PARENTAL_LINK_DAYS } from './parental-rules'
import { LANGUAGE_NAMES, PARENTAL_WORDING, type ParentalWording } from './parental-wording'
import { brusselsDate, preferenceLanguage, renderPreferencePage } from './preference-page'
import { notInGermanNote, type ShownText, shownHtml } from './purpose-wording'

/** The purpose's name or description shown in another language than German, when one is. */
function untranslated(view: ParentalRequestView): ShownText | undefined {
  if (view.purposeLabel.notInGerman) return view.purposeLabel
  return view.purposeDescription?.notInGerman ? view.purposeDescription : undefined
}

function requestBody(
  language: ConsentLanguage,
  view: ParentalRequestView,
  organizationName: string,
  form: Html | string,
): Html {
  const w = PARENTAL_WORDING[language]
  // A child erased since: the page names no one and shows nothing of the request, only that the link is over.
  if (view.status === 'superseded' && view.closedBecause === 'person_erased') return html`${form}`
  return html`<p>${w.intro(organizationName, view.childMasked, brusselsDate(view.requestedAt, language))}</p>
<p>${w.law}</p>
<dl>
<dt>${w.purpose}</dt><dd>${shownHtml(view.purposeLabel)}${view.purposeDescription ? html` - ${shownHtml(view.purposeDescription)}` : ''}${untranslated(view) ? html`<p class="note">${notInGermanNote(untranslated(view) as ShownText)}</p>` : ''}</dd>
<dt>${w.textLanguage}</dt><dd>${LANGUAGE_NAMES[view.textLanguage] ?? view.textLanguage}</dd>
</dl>
<h2>${w.textTitle}</h2>
<blockquote lang="${view.textLanguage}" class="consent-text">${view.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}</blockquote>
${form}`
}

function decisionForm(
  language: ConsentLanguage,
  slug: string,
  token: string,
  view: ParentalRequestView,
): Html {
  const w = PARENTAL_WORDING[language]
  return html`<p>${w.untilConfirmed(brusselsDate(view.linkExpiresAt, language))}</p>
<form method="post" action="/p/${encodeURIComponent(slug)}/parental">
<input type="hidden" name="t" value="${token}">
<input type="hidden" name="lang" value="${language}">
<p><button type="submit" name="decision" value="confirm">${w.confirm}</button></p>
<p>${w.refuseHint}</p>
<p><button type="submit" name="decision" value="refuse" class="secondary">${w.refuse}</button></p>
</form>
<p>${w.withdrawLater}</p>`
}

/** Why a request records nothing, as it happened: the cause kept with it (migration 0090), or no more than that. */
function supersededText(w: ParentalWording, view: ParentalRequestView): string {
  switch (view.closedBecause) {
    case 'replaced':
      return w.replaced
    case 'later_choice':
      return w.laterChoice
    case 'purpose_ended':
      return w.purposeEnded
    default:
      return w.noLongerApplies
  }
}

function outcomeNotice(language: ConsentLanguage, view: ParentalRequestView, justDecided: boolean): Html {
  const w = PARENTAL_WORDING[language]
  const text =
    view.status === 'confirmed'
      ? justDecided
        ? w.confirmed(brusselsDate(view.decidedAt ?? new Date(), language))
        : w.closed
      : view.status === 'refused'
        ? justDecided
          ? w.refused
          : w.closed
        : view.status === 'expired'
          ? w.expired
          : view.status === 'superseded'
            ? supersededText(w, view)
            : w.closed
  return html`<p role="status" class="notice">${text}</p>`
}

const HTML_TYPE = 'text/html; charset=utf-8'
const slugParams = z.object({ slug: z.string().min(1).max(63) })

/**
 * The page a parent reaches from the confirmation mail (decision 0093): GET shows what the child agreed to and
 * changes nothing (mail scanners open links); POST records the answer, once. Public, no account, no script; in
 * nl/fr/en/de; rate limited. An unknown, used or expired link gets the same kind of page, naming nobody.
 */
export function registerParentalRoutes(app: App, ctx: AppContext) {
  const send = (
    reply: FastifyReply,
    status: number,
    language: ConsentLanguage,
    organizationName: string,
    linkBase: string,
    body: Html,
  ) =>
    reply
      .code(status)
      .type(HTML_TYPE)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(
        renderPreferencePage({
          language,
          organizationName,
          title: PARENTAL_WORDING[language].title,
          body,
          linkBase,
        }),
      )

  app.get(
    '/p/:slug/parental',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        querystring: z.object({ t: z.string().max(300).optional(), lang: z.string().max(10).optional() }),
      },
    },
    async (request, reply) => {
      const language = preferenceLanguage(request.query.lang, request.headers['accept-language'])
      const token = request.query.t ?? ''
      const w = PARENTAL_WORDING[language]
      const org = await findOrganizationBySlug(ctx.db, request.params.slug)
      const view = org ? await openParentalRequest(ctx, org.id, token, language) : undefined
      const name = org ? org.legalName || org.name : 'Custos'
      const linkBase = `/p/${encodeURIComponent(request.params.slug)}/parental?t=${encodeURIComponent(token)}&`
      if (!org || !view) return send(reply, 404, language, name, linkBase, html`<p>${w.invalidLink}</p>`)
      const form =
        view.status === 'pending'
          ? decisionForm(language, org.slug, token, view)
          : outcomeNotice(language, view, false)
      return send(reply, 200, language, name, linkBase, requestBody(language, view, name, form))
    },
  )

  app.post(
    '/p/:slug/parental',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        params: slugParams,
        body: z.object({
          t: z.string().max(300).optional(),
          lang: z.string().max(10).optional(),
          decision: z.string().max(20).optional(),
        }),
      },
    },
    async (request, reply) => {
      const language = preferenceLanguage(request.body.lang, request.headers['accept-language'])
      const token = request.body.t ?? ''
      const w = PARENTAL_WORDING[language]
      const org = await findOrganizationBySlug(ctx.db, request.params.slug)
      const name = org ? org.legalName || org.name : 'Custos'
      const linkBase = `/p/${encodeURIComponent(request.params.slug)}/parental?t=${encodeURIComponent(token)}&`
      const decision = request.body.decision
      if (decision !== 'confirm' && decision !== 'refuse') {
        const view = org ? await openParentalRequest(ctx, org.id, token, language) : undefined
        if (!org || !view) return send(reply, 404, language, name, linkBase, html`<p>${w.invalidLink}</p>`)
        // No answer to record: a closed request says how it ended, an open one asks again (review R11).
        const form =
          view.status === 'pending'
            ? html`<p role="alert" class="notice">${w.chooseOne}</p>${decisionForm(language, org.slug, token, view)}`
            : outcomeNotice(language, view, false)
        return send(
          reply,
          view.status === 'pending' ? 400 : 200,
          language,
          name,
          linkBase,
          requestBody(language, view, name, form),
        )
      }
      let outcome: Awaited<ReturnType<typeof decideParentalRequest>>
      try {
        outcome = org
          ? await decideParentalRequest(ctx, org.id, token, decision, {
              language,
              ip: request.ip,
              userAgent: request.headers['user-agent'],
              actor: systemActor('parental confirmation page', request.id),
            })
          : undefined
      } catch (error) {
        // The record could not be made (the purpose left the register meanwhile): nothing was written, not even
        // the request's end, so the parent can answer again; the page says exactly that (review R6).
        if (!(error instanceof InvalidInput) || !org) throw error
        const view = await openParentalRequest(ctx, org.id, token, language)
        if (!view) return send(reply, 404, language, name, linkBase, html`<p>${w.invalidLink}</p>`)
        const notice = html`<p role="alert" class="notice">${w.notRecorded(name, brusselsDate(view.linkExpiresAt, language))}</p>`
        return send(reply, 409, language, name, linkBase, requestBody(language, view, name, notice))
      }
      if (!org || !outcome) return send(reply, 404, language, name, linkBase, html`<p>${w.invalidLink}</p>`)
      return send(
        reply,
        200,
        language,
        name,
        linkBase,
        requestBody(
          language,
          outcome.view,
          name,
          outcomeNotice(language, outcome.view, outcome.outcome !== 'closed'),
        ),
      )
    },
  )
}

export { PARENTAL_LINK_DAYS }
