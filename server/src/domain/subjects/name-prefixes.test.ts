import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from './identity'
import {
  MAX_NAME_PREFIX,
  MAX_NAME_WORDS,
  NAME_KEY_LENGTHS,
  nameLookup,
  nameMatches,
  namePrefixes,
  searchPrefix,
} from './name-prefixes'

// Letters whose upper case turns back into the same lower case (not ß: "SS").
const word = fc
  .stringMatching(/^[A-Za-zÀ-ÿ'-]{1,15}$/)
  .filter((w) => w.toUpperCase().toLowerCase() === w.toLowerCase())
const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))

/** Every prefix of every word start, as stored before decision 0084: what a search has always found. */
function everyPrefix(full: string): string[] {
  const text = cleanText(full).toLowerCase()
  const starts = [0]
  for (let i = 1; i < text.length && starts.length < MAX_NAME_WORDS; i++)
    if (text[i - 1] === ' ') starts.push(i)
  return starts.flatMap((start) => {
    const rest = text.slice(start)
    return Array.from({ length: Math.min(rest.length, MAX_NAME_PREFIX) }, (_, i) => rest.slice(0, i + 1))
  })
}

describe('name prefixes for a search by keyed hash', () => {
  it('finds a name by the start of the name or of any of its words, in any case', () => {
    fc.assert(
      fc.property(name, fc.nat(), fc.nat(), (full, w, cut) => {
        const words = full.split(' ')
        const from = words.slice(w % words.length).join(' ')
        const typed = from.slice(0, 1 + (cut % from.length)).toUpperCase()
        const prefix = searchPrefix(typed)
        // The key looked up is stored for the name, and the check of the candidate keeps it.
        expect(namePrefixes(full)).toContain(nameLookup(prefix).keyed)
        expect(nameMatches(full, prefix)).toBe(true)
      }),
    )
  })

  it('finds exactly the names the keys of every prefix found (the search before decision 0084)', () => {
    fc.assert(
      fc.property(name, name, fc.nat(), (full, other, cut) => {
        const typed = other.slice(0, 1 + (cut % other.length))
        const prefix = searchPrefix(typed)
        expect(nameMatches(full, prefix)).toBe(everyPrefix(full).includes(prefix))
      }),
    )
  })

  it('needs no check when the search is as long as a stored key', () => {
    fc.assert(
      fc.property(name, name, fc.nat(), (full, other, cut) => {
        const lookup = nameLookup(searchPrefix(other.slice(0, 1 + (cut % other.length))))
        if (lookup.exact && namePrefixes(full).includes(lookup.keyed))
          expect(nameMatches(full, lookup.keyed)).toBe(true)
      }),
    )
  })

  it('stores a few keys a word, at the stored lengths only', () => {
    expect(namePrefixes('Jan Peeters')).toEqual([
      'j',
      'ja',
      'jan',
      'jan ',
      'jan p',
      'jan pe',
      'jan pee',
      'jan peet',
      'p',
      'pe',
      'pee',
      'peet',
      'peete',
      'peeter',
      'peeters',
    ])
    // Searches of up to 8 characters - most surnames and first names - are exact: one key read, no candidate to
    // check, so no search of a common short name can stop before an older match (review X4).
    for (const typed of ['maes', 'jans', 'peeter', 'peeters', 'janssens'])
      expect(nameLookup(typed)).toEqual({ keyed: typed, exact: true })
    expect(nameLookup('jan peeters')).toEqual({ keyed: 'jan peet', exact: false })
    expect(nameLookup('jan p')).toEqual({ keyed: 'jan p', exact: true })
    expect(NAME_KEY_LENGTHS.at(-1)).toBeLessThanOrEqual(MAX_NAME_PREFIX)
  })

  it('does not find a name by text from the middle of a word', () => {
    expect(nameMatches('Jan Peeters', searchPrefix('eeters'))).toBe(false)
    expect(nameMatches('Jan Peeters', searchPrefix('an'))).toBe(false)
    expect(nameMatches('Jana Peeters', searchPrefix('jan peeters'))).toBe(false)
    expect(nameMatches('Jan Peeters', searchPrefix('JAN PEETERS'))).toBe(true)
    expect(nameMatches('Jan Peeters', '')).toBe(false)
  })

  it('looks at the first characters of a long search only', () => {
    const long = `${'a'.repeat(MAX_NAME_PREFIX)} tail`
    expect(searchPrefix(long)).toHaveLength(MAX_NAME_PREFIX)
    expect(nameMatches(long, searchPrefix(`${long} and more`))).toBe(true)
    expect(namePrefixes(long).every((p) => p.length <= MAX_NAME_PREFIX)).toBe(true)
  })
})
