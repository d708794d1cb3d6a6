import type { Block, Inline, NoticeDocument, NoticeSection } from './model'

/** Small, language-independent text helpers for the notice composer and its wording. */

/** 'Identificatiegegevens' as 'identificatiegegevens' inside a sentence; an acronym ('IP-adres', 'KBO') stays. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (second !== second.toLocaleLowerCase()) return text
  return text.charAt(0).toLocaleLowerCase() + text.slice(1)
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/** Text the organisation wrote, as a sentence: trimmed, with a full stop when it has no closing punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…)»"”]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** The same text without its closing full stop, to continue it inside a sentence. */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/\.$/, '')
}

/** Sentences as one run of inline text; no content at all when there is none. */
export function runs(sentences: readonly string[]): Inline[] {
  return sentences.length === 0 ? [] : [sentences.join(' ')]
}

/** Drops empty and duplicate items, keeping the first occurrence's order. */
export function distinct(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.filter((item): item is string => item !== undefined && item.trim() !== ''))]
}

/** "a, b en c" with the language's conjunction. */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}

export function strong(text: string): Inline {
  return { strong: text }
}

export function link(text: string, href: string): Inline {
  return { link: href, text }
}

export function mailto(email: string): Inline {
  return { link: `mailto:${email}`, text: email }
}

/** A web address as a link, shown without its scheme ('https://www.x.be/' as 'www.x.be'). */
export function webLink(url: string): Inline {
  const text = url.replace(/^https?:\/\//, '').replace(/\/$/, '')
  return { link: /^https?:\/\//.test(url) ? url : `https://${url}`, text }
}

/** Joins inline runs with the language's separators: [a], [b], [c] as a, b and c. */
export function joinInline(parts: readonly Inline[][], conjunction: string): Inline[] {
  const out: Inline[] = []
  parts.forEach((part, i) => {
    if (i > 0) out.push(i === parts.length - 1 ? ` ${conjunction} ` : ', ')
    out.push(...part)
  })
  return out
}

/** Merges adjacent strings, so that renderers and tests see whole sentences. */
export function normalizeInline(content: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const part of content) {
    const last = out.at(-1)
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part
    else if (part !== '') out.push(part)
  }
  return out
}

/** The plain text of inline content (links as their text). */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((part) => (typeof part === 'string' ? part : 'strong' in part ? part.strong : part.text))
    .join('')
}

/** Capitalised adjectives of place and nationality, which keep their capital in Dutch and English. */
const PROPER_ADJECTIVE =
  /^(Belg|Europ|Vlaa|Vlam|Brussel|Waals|Wallo|Duits|Frans|French|Dutch|German|Engels|English|Nederland|Amerika|America|Luxemb|Iers|Irish|Brit)/

/**
 * Text the organisation wrote, continued after a colon: its first letter is lowered when it opens with an
 * ordinary capitalised word ("Betaald worden ..." -> "betaald worden ..."). A name stays as written: one of
 * `names` (the organisation, its vendors and partners), a word followed by another capitalised word ("Expo
 * Gent"), an acronym ("KBO"), or an adjective of place or nationality ("Belgische").
 */
export function continuation(text: string, names: ReadonlySet<string>): string {
  const match = /^(\p{Lu}\p{Ll}*)(?=[\s,'’]|$)(?:[\s,]+(\S))?/u.exec(text.trim())
  const word = match?.[1]
  if (word === undefined || word === 'I' || names.has(word) || PROPER_ADJECTIVE.test(word)) return text.trim()
  const next = match?.[2]
  if (next !== undefined && /^\p{Lu}/u.test(next)) return text.trim()
  return lowerFirst(text.trim())
}

/** The first words of names, which `continuation` must not lower. */
export function nameWords(names: readonly (string | undefined)[]): Set<string> {
  return new Set(names.flatMap((name) => (name ? [name.trim().split(/\s+/)[0] ?? ''] : [])).filter(Boolean))
}

/** All the text of a notice, one block per line: for search, previews and tests. */
export function noticePlainText(notice: NoticeDocument): string {
  const lines: string[] = [notice.title, ...notice.summary.map(plainText)]
  const visit = (section: NoticeSection) => {
    lines.push(section.heading)
    for (const block of section.blocks) lines.push(...blockLines(block))
    for (const sub of section.subsections ?? []) visit(sub)
  }
  for (const section of notice.sections) visit(section)
  return lines.join('\n')
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [plainText(block.content)]
    case 'list':
      return block.items.map(plainText)
    case 'definitions':
      return block.items.flatMap((item) => [item.term, ...item.description.map(plainText)])
    case 'table':
      return [block.head.join(' | '), ...block.rows.map((row) => row.map(plainText).join(' | '))]
  }
}
