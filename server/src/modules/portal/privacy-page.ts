import type { Language } from '../../db/schema'
import { type Html, html } from '../../lib/html'
import type { NoticeVersionRow } from '../notices'
import { formatBelgianDate, PORTAL_WORDING } from './wording'

interface VersionListing {
  version: number
  effective_date: string
  material: boolean
}

/** The body of the public privacy page: the notice of one version plus downloads, history and subscription. */
export function privacyPageBody(input: {
  language: Language
  slug: string
  version: NoticeVersionRow
  current: number
  versions: VersionListing[]
  /** The notice itself (rendered from the published document). */
  notice: Html
  status?: string | undefined
  /** Inside an iframe (?embed=1): every link and the form keep embed=1. */
  embed?: boolean
}): Html {
  const w = PORTAL_WORDING[input.language]
  const base = `/p/${encodeURIComponent(input.slug)}/privacy`
  const v = input.version.version
  const versionPath = v === input.current ? base : `${base}/versions/${v}`
  const q = `?lang=${input.language}${input.embed ? '&embed=1' : ''}`
  const date = formatBelgianDate(input.version.effective_date)
  const older =
    v === input.current
      ? ''
      : html`<p class="notice-warning" role="note">${w.olderVersion(v, date)} <a href="${base}${q}">${w.currentVersionLink}</a></p>`
  const status = input.status ? html`<p class="summary" role="status">${input.status}</p>` : ''
  const downloads = html`<section class="downloads" aria-labelledby="downloads-title"><h2 id="downloads-title">${w.downloads}</h2><ul>
<li><a href="${versionPath}.pdf${q}">${w.pdf}</a></li><li><a href="${versionPath}.md${q}">${w.markdown}</a></li><li><a href="${versionPath}.json${q}">${w.json}</a></li></ul></section>`
  const rows = input.versions
    .filter((x) => x.version !== input.current)
    .map(
      (x) =>
        html`<tr><th scope="row"><a href="${base}/versions/${x.version}${q}">${x.version}</a></th><td>${formatBelgianDate(x.effective_date)}</td><td>${x.material ? w.yes : w.no}</td></tr>`,
    )
  const earlier = input.versions.some((x) => x.version !== input.current)
  const history = !earlier
    ? ''
    : html`<section aria-labelledby="versions-title"><h2 id="versions-title">${w.versions}</h2>
<table><thead><tr><th scope="col">${w.version}</th><th scope="col">${w.effective}</th><th scope="col">${w.material}</th></tr></thead><tbody>${rows}</tbody></table></section>`
  const subscribe = html`<section aria-labelledby="subscribe-title"><h2 id="subscribe-title">${w.subscribeTitle}</h2>
<p>${w.subscribeText}</p>
<form class="subscribe" method="post" action="${base}/subscribe${q}">
<label>${w.email}<input type="email" name="email" required autocomplete="email" maxlength="254"></label>
<input type="hidden" name="lang" value="${input.language}">
<button type="submit">${w.subscribe}</button></form></section>`
  return html`${status}${older}<p class="meta">${w.versionLine(v, date)}</p>
${input.notice}
${downloads}
${history}
${subscribe}`
}
