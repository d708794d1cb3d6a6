import type { Language } from '../register/localized'
import { escapeHtml, isSafeId, oneLine, safeHref } from './escape'
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

/**
 * The notice as semantic, accessible HTML: a lang attribute, one h1, h2/h3 by section depth, a table of contents,
 * the right to object in a section of its own (class "prominent"), lists, description lists and tables with
 * header scopes. Every text is escaped; links only go to http(s), mailto or an anchor in the notice. There is no
 * inline style or script, so the page works under a strict Content-Security-Policy.
 */
export function renderNoticeHtml(notice: NoticeDocument, options: HtmlRenderOptions = {}): string {
  const w = wordingFor(notice.language)
  const lang = escapeHtml(notice.language)
  const parts: string[] = [`<article class="privacy-notice" lang="${lang}">`, '<header>']
  parts.push(`<h1>${text(notice.title)}</h1>`)
  const switcher = languageSwitch(notice.language, w.languageLabel, options.languageLinks ?? [])
  if (switcher) parts.push(switcher)
  parts.push('</header>')
  parts.push(
    '<section class="notice-summary" aria-labelledby="notice-summary-heading">',
    `<h2 id="notice-summary-heading">${text(w.summaryHeading)}</h2>`,
    list(notice.summary),
    '</section>',
  )
  parts.push(contents(notice.sections, w.contentsHeading))
  for (const s of notice.sections) parts.push(section(s, 2))
  parts.push('</article>')
  const article = parts.join('\n')
  if (!options.standalone) return `${article}\n`

  const stylesheet = options.stylesheetHref ? stylesheetHref(options.stylesheetHref) : undefined
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(notice.title)}</title>`,
    ...(stylesheet ? [`<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`] : []),
    '</head>',
    '<body>',
    '<main>',
    article,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function text(value: string): string {
  return escapeHtml(oneLine(value))
}

function inline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return text(part)
      if ('strong' in part) return `<strong>${text(part.strong)}</strong>`
      const href = safeHref(part.link)
      return href === undefined ? text(part.text) : `<a href="${escapeHtml(href)}">${text(part.text)}</a>`
    })
    .join('')
}

function list(items: readonly Inline[][]): string {
  return ['<ul>', ...items.map((item) => `<li>${inline(item)}</li>`), '</ul>'].join('\n')
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`
    case 'list':
      return list(b.items)
    case 'definitions':
      return [
        '<dl>',
        ...b.items.flatMap((item) => [
          `<dt>${text(item.term)}</dt>`,
          `<dd>${item.description.map((d) => `<p>${inline(d)}</p>`).join('')}</dd>`,
        ]),
        '</dl>',
      ].join('\n')
    case 'table':
      return [
        '<table>',
        ...(b.caption ? [`<caption>${text(b.caption)}</caption>`] : []),
        `<thead><tr>${b.head.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...b.rows.map(
          (row) =>
            `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${inline(c)}</th>` : `<td>${inline(c)}</td>`)).join('')}</tr>`,
        ),
        '</tbody>',
        '</table>',
      ].join('\n')
  }
}

function section(s: NoticeSection, level: number): string {
  const heading = Math.min(level, 6)
  const id = isSafeId(s.id) ? s.id : undefined
  const attributes = [
    ...(id ? [`id="${escapeHtml(id)}"`, `aria-labelledby="${escapeHtml(id)}-heading"`] : []),
    ...(s.prominent ? ['class="prominent"'] : []),
  ]
  return [
    `<section${attributes.map((a) => ` ${a}`).join('')}>`,
    `<h${heading}${id ? ` id="${escapeHtml(id)}-heading"` : ''}>${text(s.heading)}</h${heading}>`,
    ...s.blocks.map(block),
    ...(s.subsections ?? []).map((sub) => section(sub, level + 1)),
    '</section>',
  ].join('\n')
}

function contents(sections: readonly NoticeSection[], heading: string): string {
  const entries = (items: readonly NoticeSection[]): string => {
    const linked = items.filter((s) => isSafeId(s.id))
    if (linked.length === 0) return ''
    return [
      '<ol>',
      ...linked.map(
        (s) =>
          `<li><a href="#${escapeHtml(s.id)}">${text(s.heading)}</a>${entries(s.subsections ?? [])}</li>`,
      ),
      '</ol>',
    ].join('\n')
  }
  return [
    '<nav class="notice-contents" aria-labelledby="notice-contents-heading">',
    `<h2 id="notice-contents-heading">${text(heading)}</h2>`,
    entries(sections),
    '</nav>',
  ].join('\n')
}

function languageSwitch(
  current: Language,
  label: string,
  links: readonly { lang: Language; href: string }[],
): string {
  const items = links.flatMap((link) => {
    const name = escapeHtml(LANGUAGE_NAMES[link.lang] ?? link.lang)
    const lang = escapeHtml(link.lang)
    if (link.lang === current) return [`<li><span lang="${lang}" aria-current="page">${name}</span></li>`]
    const href = safeHref(link.href) ?? relativeHref(link.href)
    return href === undefined
      ? []
      : [`<li><a href="${escapeHtml(href)}" hreflang="${lang}" lang="${lang}">${name}</a></li>`]
  })
  if (items.length === 0) return ''
  return [
    `<nav class="notice-languages" aria-label="${escapeHtml(label)}">`,
    '<ul>',
    ...items,
    '</ul>',
    '</nav>',
  ].join('\n')
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
