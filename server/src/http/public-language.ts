import Negotiator from 'negotiator'
import type { Language } from '../db/schema'

const ALL: readonly Language[] = ['nl', 'fr', 'en']

/**
 * The language of a public page: ?lang= when the organisation offers it, then the browser's Accept-Language,
 * then Dutch (CONTRACT.md), then the organisation's first language.
 */
export function pickPublicLanguage(
  queryLang: string | undefined,
  acceptLanguage: string | undefined,
  offered: readonly Language[],
): Language {
  const available = offered.length > 0 ? offered : ALL
  if (queryLang && (available as readonly string[]).includes(queryLang)) return queryLang as Language
  if (acceptLanguage) {
    const preferred = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([
      ...available,
    ])
    const best = preferred[0]
    if (best && (available as readonly string[]).includes(best)) return best as Language
  }
  return available.includes('nl') ? 'nl' : (available[0] as Language)
}
