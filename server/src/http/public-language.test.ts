import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pickPublicLanguage } from './public-language'

describe('language of public pages: ?lang, then Accept-Language, default nl (CONTRACT.md)', () => {
  it('follows ?lang when offered', () => {
    expect(pickPublicLanguage('fr', 'en-GB', ['nl', 'fr', 'en'])).toBe('fr')
    expect(pickPublicLanguage('de', 'fr-BE,fr;q=0.9', ['nl', 'fr', 'en'])).toBe('fr')
  })
  it('negotiates Accept-Language with q-values and regional variants', () => {
    expect(pickPublicLanguage(undefined, 'fr-BE,fr;q=0.9,nl;q=0.8', ['nl', 'fr', 'en'])).toBe('fr')
    expect(pickPublicLanguage(undefined, 'de-DE,en;q=0.5,nl;q=0.7', ['nl', 'fr', 'en'])).toBe('nl')
    expect(pickPublicLanguage(undefined, 'en-US', ['nl', 'fr'])).toBe('nl')
  })
  it('defaults to Dutch, or the only language offered', () => {
    expect(pickPublicLanguage(undefined, undefined, ['nl', 'fr', 'en'])).toBe('nl')
    expect(pickPublicLanguage(undefined, undefined, ['fr'])).toBe('fr')
  })
  it('always answers a language the organisation offers, whatever the input', () => {
    const offered = fc.subarray(['nl', 'fr', 'en'] as const, { minLength: 1 })
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), offered, (q, accept, langs) => {
        expect(langs).toContain(pickPublicLanguage(q ?? undefined, accept ?? undefined, langs))
      }),
    )
  })
})
