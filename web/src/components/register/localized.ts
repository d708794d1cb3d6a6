import type { Language } from '../../api/types'

/** Text of the register: one string for every language, or a translation per language. */
export type LocalizedText = string | { nl?: string; fr?: string; en?: string }
export type LocalizedParts = Record<Language, string>

export const TEXT_LANGUAGES: readonly Language[] = ['nl', 'fr', 'en']

/** The text in `language`, else in the first available of nl, fr, en (as the server renders it). */
export function textIn(text: LocalizedText | undefined, language: Language): string | undefined {
  if (text === undefined) return undefined
  if (typeof text === 'string') return text
  return text[language] ?? text.nl ?? text.fr ?? text.en
}

/** The three inputs of a localized field: a single string fills all three (it applies to every language). */
export function partsOf(text: LocalizedText | undefined): LocalizedParts {
  if (text === undefined) return { nl: '', fr: '', en: '' }
  if (typeof text === 'string') return { nl: text, fr: text, en: text }
  return { nl: text.nl ?? '', fr: text.fr ?? '', en: text.en ?? '' }
}

/** Back from the three inputs: empty languages left out, nothing at all as undefined. */
export function fromParts(parts: LocalizedParts): LocalizedText | undefined {
  const filled = TEXT_LANGUAGES.filter((l) => parts[l].trim() !== '')
  if (filled.length === 0) return undefined
  return Object.fromEntries(filled.map((l) => [l, parts[l]]))
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A form draft made ready to send: blank strings, undefined values and objects left empty by that are removed,
 * recursively. Rows of an array stay in place, even empty, so that server errors keep pointing at the right row;
 * blank strings in a list of strings are dropped.
 */
export function cleanDraft<T>(value: T): T {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v
        .map((item) => clean(item) ?? (isPlainObject(item) ? {} : undefined))
        .filter((item) => item !== undefined)
    }
    if (isPlainObject(v)) {
      const entries = Object.entries(v)
        .map(([k, item]) => [k, clean(item)] as const)
        .filter(([, item]) => item !== undefined)
      return entries.length === 0 ? undefined : Object.fromEntries(entries)
    }
    if (typeof v === 'string' && v.trim() === '') return undefined
    return v
  }
  return (clean(value) ?? {}) as T
}

/** A key suggested from a name: 'Personeelsadministratie (lonen)' -> 'personeelsadministratie-lonen'. */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

export const KEY_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/
