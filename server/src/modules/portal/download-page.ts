import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { formatDate } from '../../domain/requests'
import { escapeHtml } from '../../mail/templates/escape-html'
import { DOWNLOAD_WORDING } from './download-wording'

/** The bodies of the download page: server-rendered, no script, no inline style, every value escaped. */

const e = escapeHtml
const SLOT = '\u0000'
const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/** 2,4 MB (nl), 2,4 Mo (fr), 2.4 MB (en). */
export function formatSize(bytes: number, language: Language): string {
  const units = DOWNLOAD_WORDING[language].units
  const number = (n: number) =>
    new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(n)
  if (bytes < 1000) return `${number(bytes)} ${units.bytes}`
  if (bytes < 1_000_000) return `${number(bytes / 1000)} ${units.kilo}`
  return `${number(bytes / 1_000_000)} ${units.mega}`
}

export function downloadBody(input: {
  language: Language
  organisation: string
  action: string
  fileName: string
  sizeBytes: number
  expiresAt: Date
}): string {
  const { language } = input
  const w = DOWNLOAD_WORDING[language]
  return `<h1>${e(w.title)}</h1>
<p>${e(w.intro(input.organisation))}</p>
<dl>
<dt>${e(w.file)}</dt><dd>${e(input.fileName)}</dd>
<dt>${e(w.size)}</dt><dd>${e(formatSize(input.sizeBytes, language))}</dd>
<dt>${e(w.available)}</dt><dd>${e(w.availableUntil(formatDate(toBrusselsDate(input.expiresAt))))}</dd>
</dl>
<div class="summary"><p>${e(w.once)}</p><p>${e(w.open)}</p></div>
<form method="post" action="${e(input.action)}">
<input type="hidden" name="lang" value="${language}">
<p><button type="submit">${e(w.button)}</button></p>
</form>
<p class="meta">${e(w.device)}</p>`
}

/** The one page for an unknown, expired or used link: nothing tells them apart. */
export function invalidDownloadBody(language: Language, contactEmail: string | null): string {
  const w = DOWNLOAD_WORDING[language]
  // The sentence is escaped around the address, which becomes a mailto link.
  const [before = '', after = ''] = w.newLink(SLOT).split(SLOT)
  const contact = contactEmail
    ? `${e(before)}<a href="mailto:${e(contactEmail)}">${e(contactEmail)}</a>${e(after)}`
    : e(w.newLink(null))
  return `<h1>${e(w.invalidTitle)}</h1>
<p>${e(w.invalid)}</p>
<p>${contact}</p>`
}
