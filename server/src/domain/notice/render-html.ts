import { type Html, html, htmlString, joinHtml } from '../../lib/html'
import type { Language } from '../register/localized'
import { isSafeId, oneLine, safeHref } from './escape'
import type { Block, Inline, NoticeDocument, NoticeSection } from './model'
import { wordingFor } from './wording'

export interface HtmlRenderOptions {
  /** A complete document (doctype, head, body) instead of an <article> to embed. */
  standalone?: boolean
  /** The notice in other languages, shown as a language switch. */
  languageLinks?: { lang: Language; href: string }[]
  /** A stylesheet for the standalone document (http(s) or a relative path); the HTML itself has no style. */
  stylesheetHref?: string
}

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }

const lines = (parts: readonly (Html | string)[]) => joinHtml(parts, '\n')

/**
 * The notice as semantic, accessible HTML: a lang attribute, one h1, h2/h3 by section depth, a table of contents,
 * the right to object in a section of its own (class "prominent"), lists, description lists and tables with
 * header scopes. Every text is escaped (lib/html); links only go to http(s), mailto or an anchor in the notice.
 * There is no inline style or script, so the page works under a strict Content-Security-Policy.
 */
export function renderNoticeHtml(notice: NoticeDocument, options: HtmlRenderOptions = {}): string {
  return htmlString(noticeHtml(notice, options))
}

/** The same as a fragment, to place in a page (the public portal). */
export function noticeHtml(notice: NoticeDocument, options: HtmlRenderOptions = {}): Html {
  const w = wordingFor(notice.language)
  const lang = notice.language
  const parts: Html[] = [html`<article class="privacy-notice" lang="${lang}">`, html`<header>`]
  parts.push(html`<h1>${text(notice.title)}</h1>`)
  const switcher = languageSwitch(notice.language, w.languageLabel, options.languageLinks ?? [])
  if (switcher) parts.push(switcher)
  parts.push(html`</header>`)
  parts.push(
    html`<section class="notice-summary" aria-labelledby="notice-summary-heading">`,
    html`<h2 id="notice-summary-heading">${text(w.summaryHeading)}</h2>`,
    list(notice.summary),
    html`</section>`,
  )
  parts.push(contents(notice.sections, w.contentsHeading))
  for (const s of notice.sections) parts.push(section(s, 2))
  parts.push(html`</article>`)
  const article = lines(parts)
  if (!options.standalone) return html`${article}\n`

  const stylesheet = options.stylesheetHref ? stylesheetHref(options.stylesheetHref) : undefined
  return lines([
    html`<!DOCTYPE html>`,
    html`<html lang="${lang}">`,
    html`<head>`,
    html`<meta charset="utf-8">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    html`<title>${text(notice.title)}</title>`,
    ...(stylesheet ? [html`<link rel="stylesheet" href="${stylesheet}">`] : []),
    html`</head>`,
    html`<body>`,
    html`<main>`,
    article,
    html`</main>`,
    html`</body>`,
    html`</html>`,
    '',
  ])
}

/** Escaped (by `html`), on one line. */
function text(value: string): string {
  return oneLine(value)
}

function inline(content: readonly Inline[]): Html {
  return html`${content.map((part) => {
    if (typeof part === 'string') return text(part)
    if ('strong' in part) return html`<strong>${text(part.strong)}</strong>`
    const href = safeHref(part.link)
    return href === undefined ? text(part.text) : html`<a href="${href}">${text(part.text)}</a>`
  })}`
}

function list(items: readonly Inline[][]): Html {
  return lines([html`<ul>`, ...items.map((item) => html`<li>${inline(item)}</li>`), html`</ul>`])
}

function block(b: Block): Html {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${inline(b.content)}</p>`
    case 'list':
      return list(b.items)
    case 'definitions':
      return lines([
        html`<dl>`,
        ...b.items.flatMap((item) => [
          html`<dt>${text(item.term)}</dt>`,
          html`<dd>${item.description.map((d) => html`<p>${inline(d)}</p>`)}</dd>`,
        ]),
        html`</dl>`,
      ])
    case 'table':
      return lines([
        html`<table>`,
        ...(b.caption ? [html`<caption>${text(b.caption)}</caption>`] : []),
        html`<thead><tr>${b.head.map((h) => html`<th scope="col">${text(h)}</th>`)}</tr></thead>`,
        html`<tbody>`,
        ...b.rows.map(
          (row) =>
            html`<tr>${row.map((c, i) => (i === 0 ? html`<th scope="row">${inline(c)}</th>` : html`<td>${inline(c)}</td>`))}</tr>`,
        ),
        html`</tbody>`,
        html`</table>`,
      ])
  }
}

function section(s: NoticeSection, level: number): Html {
  const heading = Math.min(level, 6)
  const id = isSafeId(s.id) ? s.id : undefined
  const attributes = [
    ...(id ? [html` id="${id}"`, html` aria-labelledby="${id}-heading"`] : []),
    ...(s.prominent ? [html` class="prominent"`] : []),
  ]
  return lines([
    html`<section${attributes}>`,
    html`<h${heading}${id ? html` id="${id}-heading"` : ''}>${text(s.heading)}</h${heading}>`,
    ...s.blocks.map(block),
    ...(s.subsections ?? []).map((sub) => section(sub, level + 1)),
    html`</section>`,
  ])
}

function contents(sections: readonly NoticeSection[], heading: string): Html {
  const entries = (items: readonly NoticeSection[]): Html | string => {
    const linked = items.filter((s) => isSafeId(s.id))
    if (linked.length === 0) return ''
    return lines([
      html`<ol>`,
      ...linked.map(
        (s) => html`<li><a href="#${s.id}">${text(s.heading)}</a>${entries(s.subsections ?? [])}</li>`,
      ),
      html`</ol>`,
    ])
  }
  return lines([
    html`<nav class="notice-contents" aria-labelledby="notice-contents-heading">`,
    html`<h2 id="notice-contents-heading">${text(heading)}</h2>`,
    entries(sections),
    html`</nav>`,
  ])
}

function languageSwitch(
  current: Language,
  label: string,
  links: readonly { lang: Language; href: string }[],
): Html | undefined {
  const items = links.flatMap((link) => {
    const name = LANGUAGE_NAMES[link.lang] ?? link.lang
    const lang = link.lang
    if (link.lang === current) return [html`<li><span lang="${lang}" aria-current="page">${name}</span></li>`]
    const href = safeHref(link.href) ?? relativeHref(link.href)
    return href === undefined
      ? []
      : [html`<li><a href="${href}" hreflang="${lang}" lang="${lang}">${name}</a></li>`]
  })
  if (items.length === 0) return undefined
  return lines([
    html`<nav class="notice-languages" aria-label="${label}">`,
    html`<ul>`,
    ...items,
    html`</ul>`,
    html`</nav>`,
  ])
}

/** A relative link within the site ("?lang=fr", "/p/acme/privacy"): no scheme, so nothing to execute. */
function relativeHref(href: string): string | undefined {
  const trimmed = href.trim()
  return /^(?:[/?#]|\.{1,2}\/)/.test(trimmed) && !trimmed.startsWith('//') && !/[\s<>"']/.test(trimmed)
    ? trimmed
    : undefined
}

function stylesheetHref(href: string): string | undefined {
  const absolute = safeHref(href)
  return absolute !== undefined && !absolute.startsWith('mailto:') && !absolute.startsWith('#')
    ? absolute
    : relativeHref(href)
}
