import { frenchPunctuation } from '../french-typography'
import type { Block, Inline, NoticeDocument, NoticeSection } from './model'

/** Small, language-independent text helpers for the notice composer and its wording. */

export { frenchPunctuation }

/** 'Identificatiegegevens' as 'identificatiegegevens' inside a sentence; an acronym ('IP-adres', 'KBO') stays. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1)
  if (second !== second.toLocaleLowerCase()) return text
  return text.charAt(0).toLocaleLowerCase() + text.slice(1)
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

/**
 * Text the organisation wrote, as a sentence: trimmed, with a full stop unless it already ends one. A closing
 * bracket or quotation mark does not end a sentence by itself: "(Art. 7 of the Act of 30 July 2018)" gets its stop.
 */
export function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…][)\]»"”’\u00a0\u202f]*$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/** Words that start an ordinary English sentence, never a name: lower-cased after a colon. */
const COMMON_STARTS = new Set(
  'a an the this that these those it its we our us you your they their he she his her there here some any all each every no none only when where if as for to in on at by with without from of and or but not one both either neither most many few such what which who whose how why then also'.split(
    ' ',
  ),
)

/**
 * Text continuing an English sentence after a colon, in the style of the notice: lower case ("...rights: the visitor
 * initiates contact"), unless it starts with a name, an acronym or "I" (only common words are lower-cased).
 */
export function afterColon(text: string): string {
  const first = /^[A-Za-z]+/.exec(text)?.[0]
  if (!first || !COMMON_STARTS.has(first.toLowerCase()) || first === first.toUpperCase()) return text
  return first.toLowerCase() + text.slice(first.length)
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
/**
 * "a, b and c" ("a, b en c", "a, b et c"). When an item holds the conjunction itself ("communications and
 * correspondence", not in quotes), a comma before the last conjunction keeps the items apart: "a, b, and c and d".
 */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('')
  const unquoted = (item: string) => item.replace(/[“«"][^”»"]*[”»"]/g, '')
  // "facturatie- en betalingsgegevens" is one item: a conjunction after a hyphen joins parts of a word
  const inner = items.some((item) => new RegExp(`[^-] ${conjunction} `).test(unquoted(item)))
  return `${items.slice(0, -1).join(', ')}${inner ? ',' : ''} ${conjunction} ${items.at(-1)}`
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

/** French punctuation spacing (frenchPunctuation) over every text of a notice; links and their addresses stay. */
export function withFrenchPunctuation(notice: NoticeDocument): NoticeDocument {
  const fix = frenchPunctuation
  const inline = (content: Inline[]): Inline[] =>
    content.map((part) =>
      typeof part === 'string' ? fix(part) : 'strong' in part ? { strong: fix(part.strong) } : part,
    )
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'paragraph':
        return { ...b, content: inline(b.content) }
      case 'list':
        return { ...b, items: b.items.map(inline) }
      case 'definitions':
        return {
          ...b,
          items: b.items.map((i) => ({ term: fix(i.term), description: i.description.map(inline) })),
        }
      case 'table':
        return {
          ...b,
          ...(b.caption === undefined ? {} : { caption: fix(b.caption) }),
          head: b.head.map(fix),
          rows: b.rows.map((row) => row.map(inline)),
        }
    }
  }
  const section = (s: NoticeSection): NoticeSection => ({
    ...s,
    heading: fix(s.heading),
    blocks: s.blocks.map(block),
    ...(s.subsections ? { subsections: s.subsections.map(section) } : {}),
  })
  return {
    ...notice,
    title: fix(notice.title),
    summary: notice.summary.map(inline),
    sections: notice.sections.map(section),
  }
}
