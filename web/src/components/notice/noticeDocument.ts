/**
 * The privacy notice as structured text (the server's NoticeDocument, server/src/domain/notice/model.ts), checked
 * here before it is shown: the API types it only as an object. Everything is plain text that React escapes;
 * links are kept only when they go to http(s), mailto or an anchor within the notice.
 */
export type Inline = string | { strong: string } | { link: string; text: string }

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'definitions'; items: { term: string; description: Inline[][] }[] }
  | { type: 'table'; caption?: string; head: string[]; rows: Inline[][][] }

export interface NoticeSection {
  id: string
  heading: string
  blocks: Block[]
  subsections?: NoticeSection[]
  prominent?: boolean
}

export interface NoticeDocument {
  language: string
  title: string
  organizationName: string
  version?: number
  effectiveDate?: string
  summary: Inline[][]
  sections: NoticeSection[]
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string => (typeof value === 'string' ? value : '')
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

function inline(value: unknown): Inline | null {
  if (typeof value === 'string') return value
  if (!isObject(value)) return null
  if (typeof value.strong === 'string') return { strong: value.strong }
  if (typeof value.link === 'string' && typeof value.text === 'string')
    return { link: value.link, text: value.text }
  return null
}

const inlines = (value: unknown): Inline[] => arr(value).flatMap((v) => inline(v) ?? [])
const paragraphs = (value: unknown): Inline[][] => arr(value).map(inlines)

function block(value: unknown): Block | null {
  if (!isObject(value)) return null
  switch (value.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inlines(value.content) }
    case 'list':
      return { type: 'list', items: paragraphs(value.items) }
    case 'definitions':
      return {
        type: 'definitions',
        items: arr(value.items)
          .filter(isObject)
          .map((item) => ({ term: str(item.term), description: paragraphs(item.description) })),
      }
    case 'table': {
      const caption = str(value.caption)
      return {
        type: 'table',
        ...(caption ? { caption } : {}),
        head: arr(value.head).map(str),
        rows: arr(value.rows).map((row) => arr(row).map(inlines)),
      }
    }
    default:
      return null
  }
}

function section(value: unknown): NoticeSection | null {
  if (!isObject(value)) return null
  const subsections = arr(value.subsections).flatMap((s) => section(s) ?? [])
  return {
    id: str(value.id),
    heading: str(value.heading),
    blocks: arr(value.blocks).flatMap((b) => block(b) ?? []),
    ...(subsections.length > 0 ? { subsections } : {}),
    ...(value.prominent === true ? { prominent: true } : {}),
  }
}

/** The notice from the preview answer, or null when it does not have the expected shape. */
export function toNoticeDocument(value: unknown): NoticeDocument | null {
  if (!isObject(value) || typeof value.title !== 'string' || !Array.isArray(value.sections)) return null
  return {
    language: str(value.language),
    title: value.title,
    organizationName: str(value.organizationName),
    ...(typeof value.version === 'number' ? { version: value.version } : {}),
    ...(typeof value.effectiveDate === 'string' ? { effectiveDate: value.effectiveDate } : {}),
    summary: paragraphs(value.summary),
    sections: value.sections.flatMap((s) => section(s) ?? []),
  }
}

/** An anchor id of the notice ("right-to-object") that is safe to use as an element id. */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z][\w-]{0,80}$/.test(id)
}

/** A link target that may be followed: http(s), mailto, or an anchor in the notice ('#…'). */
export function safeHref(link: string): string | null {
  const href = link.trim()
  if (href.startsWith('#')) return isSafeId(href.slice(1)) ? href : null
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? url.href
      : null
  } catch {
    return null
  }
}
