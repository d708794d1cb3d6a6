import Negotiator from 'negotiator'
import { type Html, html, htmlString } from '../../lib/html'
import { CONSENT_LANGUAGES, type ConsentLanguage, type ConsentState } from './model'
import { PREFERENCE_WORDING } from './preference-wording'
import { notInGermanNote, type ShownText, shownHtml } from './purpose-wording'

/** ?lang= when it is one of nl/fr/en/de, else the browser's Accept-Language, else Dutch. */
export function preferenceLanguage(queryLang: string | undefined, acceptLanguage: string | undefined) {
  if (queryLang && (CONSENT_LANGUAGES as readonly string[]).includes(queryLang))
    return queryLang as ConsentLanguage
  if (acceptLanguage) {
    const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([
      ...CONSENT_LANGUAGES,
    ])[0]
    if (best && (CONSENT_LANGUAGES as readonly string[]).includes(best)) return best as ConsentLanguage
  }
  return 'nl'
}

export function brusselsDate(date: Date, language: ConsentLanguage): string {
  return new Intl.DateTimeFormat(`${language}-BE`, { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(
    date,
  )
}

/** The frame of the preference pages: no script, the portal's stylesheet, one main landmark, language links. */
export function renderPreferencePage(page: {
  language: ConsentLanguage
  organizationName: string
  title: string
  body: Html
  /** This page's address without lang, ending in ? or &. */
  linkBase: string
}): string {
  const w = PREFERENCE_WORDING[page.language]
  const others = CONSENT_LANGUAGES.filter((l) => l !== page.language)
  return htmlString(html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title} - ${page.organizationName}</title>
<link rel="stylesheet" href="/p/assets/portal.css">
</head>
<body>
<header class="portal-header"><p class="org">${page.organizationName}</p><nav aria-label="${w.otherLanguages}" class="languages"><ul>${others.map(
    (l) =>
      html`<li><a href="${`${page.linkBase}lang=${l}`}" hreflang="${l}" lang="${l}">${PREFERENCE_WORDING[l].languageName}</a></li>`,
  )}</ul></nav></header>
<main id="main">
<h1>${page.title}</h1>
${page.body}
</main>
<footer class="portal-footer"><p>${w.poweredBy}</p></footer>
</body>
</html>
`)
}

export function requestLinkForm(
  language: ConsentLanguage,
  slug: string,
  options: { message?: string; error?: string; email?: string } = {},
): Html {
  const w = PREFERENCE_WORDING[language]
  return html`${options.message ? html`<p role="status" class="notice">${options.message}</p>` : ''}
<p>${w.intro}</p>
<form method="post" action="/p/${encodeURIComponent(slug)}/preferences" novalidate>
<input type="hidden" name="lang" value="${language}">
<div class="field${options.error ? ' has-error' : ''}">
<label for="email">${w.email}</label>
${options.error ? html`<p class="error" id="email-error">${options.error}</p>` : ''}
<input type="email" id="email" name="email" autocomplete="email" required value="${options.email ?? ''}"${options.error ? html` aria-invalid="true" aria-describedby="email-error"` : ''}>
</div>
<p class="hp" aria-hidden="true"><label>Website <input type="text" name="website" tabindex="-1" autocomplete="off"></label></p>
<button type="submit">${w.send}</button>
</form>`
}

export interface PreferenceRow {
  key: string
  /** The name as shown: in German the organisation's German name, or its own text marked as not German. */
  label: ShownText
  description: ShownText | undefined
  state: ConsentState | 'none'
  occurredAt: Date | null
  expiresAt: Date | null
  renewalDue: boolean
  /** Offered to children: giving it needs the person's "13 or older" (Art. 8 GDPR). */
  offeredToChildren: boolean
}

export function manageForm(
  language: ConsentLanguage,
  slug: string,
  token: string,
  masked: string,
  rows: PreferenceRow[],
  message?: string,
): Html {
  const w = PREFERENCE_WORDING[language]
  if (rows.length === 0) return html`<p>${w.noPurposes}</p>`
  return html`${message ? html`<p role="status" class="notice">${message}</p>` : ''}
<p>${w.manageIntro(masked)}</p>
<p>${w.withdrawalNote}</p>
<form method="post" action="/p/${encodeURIComponent(slug)}/preferences/manage">
<input type="hidden" name="t" value="${token}">
<input type="hidden" name="lang" value="${language}">
${rows.map((row, i) => {
  // Only a consent given is ticked in advance: any other state ticked "no" would record, at the next save, a
  // withdrawal or refusal the person did not choose (review R7, R8). A yes waiting for a parent is not changed here.
  const status = [
    w.state[row.state],
    row.occurredAt ? w.since(brusselsDate(row.occurredAt, language)) : '',
    row.state === 'given' && row.expiresAt ? w.until(brusselsDate(row.expiresAt, language)) : '',
  ]
    .filter((s) => s !== '')
    .join(', ')
  return html`<fieldset class="purpose">
<legend>${w.purposeLegend}: ${shownHtml(row.label)}</legend>
${row.description ? html`<p>${shownHtml(row.description)}</p>` : ''}
${row.label.notInGerman || row.description?.notInGerman ? html`<p class="note">${notInGermanNote(row.label.notInGerman ? row.label : (row.description ?? row.label))}</p>` : ''}
<p class="status" id="status-${i}">${status}</p>
${row.offeredToChildren ? html`<p>${w.childrenPurpose}</p>` : ''}
${row.renewalDue ? html`<p class="notice">${w.renewalDue}</p>` : ''}
${
  row.state === 'pending_parental'
    ? html`<p>${w.pendingParental}</p>`
    : html`<p><label><input type="radio" name="${`purpose.${row.key}`}" value="given" aria-describedby="status-${i}"${row.state === 'given' && !row.renewalDue ? html` checked` : ''}> ${w.given}</label></p>
<p><label><input type="radio" name="${`purpose.${row.key}`}" value="withdrawn" aria-describedby="status-${i}"> ${w.withdrawn}</label></p>`
}
</fieldset>`
})}
${
  rows.some((r) => r.offeredToChildren)
    ? html`<fieldset class="purpose">
<legend>${w.ageConfirm}</legend>
<p id="age-note">${w.ageNote}</p>
<p><label><input type="checkbox" name="age" value="13_or_over" aria-describedby="age-note"> ${w.ageConfirm}</label></p>
</fieldset>`
    : ''
}
<button type="submit">${w.save}</button>
</form>`
}

export function unsubscribeForm(language: ConsentLanguage, action: string, purposeLabel: string): Html {
  const w = PREFERENCE_WORDING[language]
  return html`<p>${w.unsubscribeQuestion(purposeLabel)}</p>
<form method="post" action="${action}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${w.unsubscribeButton}</button>
</form>`
}
