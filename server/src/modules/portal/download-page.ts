import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { formatDate } from '../../domain/requests'
import { type Html, html } from '../../lib/html'
import { DOWNLOAD_WORDING } from './download-wording'

/** The bodies of the download page: server-rendered, no script, no inline style, every value escaped (lib/html). */

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
}): Html {
  const { language } = input
  const w = DOWNLOAD_WORDING[language]
  return html`<h1>${w.title}</h1>
<p>${w.intro(input.organisation)}</p>
<dl>
<dt>${w.file}</dt><dd>${input.fileName}</dd>
<dt>${w.size}</dt><dd>${formatSize(input.sizeBytes, language)}</dd>
<dt>${w.available}</dt><dd>${w.availableUntil(formatDate(toBrusselsDate(input.expiresAt)))}</dd>
</dl>
<div class="summary"><p>${w.once}</p><p>${w.open}</p></div>
<form method="post" action="${input.action}">
<input type="hidden" name="lang" value="${language}">
<p><button type="submit">${w.button}</button></p>
</form>
<p class="meta">${w.device}</p>`
}

/** The one page for an unknown, expired or used link: nothing tells them apart. */
export function invalidDownloadBody(language: Language, contactEmail: string | null): Html {
  const w = DOWNLOAD_WORDING[language]
  // The sentence is split around the address, which becomes a mailto link.
  const [before = '', after = ''] = w.newLink(SLOT).split(SLOT)
  const contact = contactEmail
    ? html`${before}<a href="mailto:${contactEmail}">${contactEmail}</a>${after}`
    : w.newLink(null)
  return html`<h1>${w.invalidTitle}</h1>
<p>${w.invalid}</p>
<p>${contact}</p>`
}
