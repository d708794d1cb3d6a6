import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_NAME_PREFIX, namePrefixes, searchPrefix } from './name-prefixes'

// Letters whose upper case turns back into the same lower case (not ß: "SS").
const word = fc
  .stringMatching(/^[A-Za-zÀ-ÿ'-]{1,15}$/)
  .filter((w) => w.toUpperCase().toLowerCase() === w.toLowerCase())
const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))

describe('name prefixes for a search by keyed hash', () => {
  it('finds a name by the start of the name or of any of its words, in any case', () => {
    fc.assert(
      fc.property(name, fc.nat(), fc.nat(), (full, w, cut) => {
        const words = full.split(' ')
        const from = words.slice(w % words.length).join(' ')
        const typed = from.slice(0, 1 + (cut % from.length)).toUpperCase()
        expect(namePrefixes(full)).toContain(searchPrefix(typed))
      }),
    )
  })

  it('does not find a name by text from the middle of a word', () => {
    expect(namePrefixes('Jan Peeters')).not.toContain(searchPrefix('eeters'))
    expect(namePrefixes('Jan Peeters')).not.toContain(searchPrefix('an'))
    expect(namePrefixes('Jan Peeters')).toEqual(expect.arrayContaining(['j', 'jan p', 'jan peeters', 'pee']))
  })

  it('looks at the first characters of a long search only, like the stored prefixes', () => {
    const long = `${'a'.repeat(MAX_NAME_PREFIX)} tail`
    expect(searchPrefix(long)).toHaveLength(MAX_NAME_PREFIX)
    expect(namePrefixes(long)).toContain(searchPrefix(`${long} and more`))
    expect(namePrefixes(long).every((p) => p.length <= MAX_NAME_PREFIX)).toBe(true)
  })
})
