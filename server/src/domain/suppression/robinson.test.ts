import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../lib/csv'
import {
  normalisePersonName,
  parseRobinsonRecord,
  type RobinsonHeader,
  robinsonHeader,
  robinsonKey,
} from './robinson'
import { decide } from './verdict'

const word = fc.stringMatching(/^[A-Za-zéèëïöüçà]{2,12}$/)
const accentsOff = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '')

/** The same person written another way: case, word order, commas, dots and hyphens between words. */
function respelled(words: string[], order: number[], upper: boolean[], separators: string[]) {
  const ordered = order.map((i) => words[i % words.length] ?? '')
  return ordered.map((w, i) => (upper[i] ? w.toUpperCase() : w.toLowerCase())).join(separators[0] ?? ' ')
}

/** Reads a whole file the way the import does, without a database. */
async function readList(text: string, cut: number) {
  let header: RobinsonHeader | null | undefined
  const out: string[] = []
  // In two pieces, as a file arrives.
  const pieces = (async function* () {
    yield Buffer.from(text.slice(0, cut), 'utf8')
    yield Buffer.from(text.slice(cut), 'utf8')
  })()
  for await (const r of readCsv(pieces)) {
    if (header === undefined) {
      header = r.problem ? null : robinsonHeader(r.fields)
      if (header === null) return { header: null, out }
      continue
    }
    if (r.problem || !header) continue
    const parsed = parseRobinsonRecord(header, r.fields)
    if (parsed.kind === 'entry') out.push(parsed.key)
  }
  return { header, out }
}

describe('Robinson Mail list: file parser and normal forms', () => {
  it('the header and line parsers never throw, and a line read is a name and an address in normal form', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        (head, fields) => {
          const at = robinsonHeader(head)
          if (at === null) return
          expect(at.street).toBeDefined()
          expect(at.name ?? at.lastName).toBeDefined()
          const parsed = parseRobinsonRecord(at, fields)
          if (parsed.kind !== 'entry') return
          const [name, address, ...rest] = parsed.key.split('\u0000')
          expect(rest).toEqual([])
          expect(name).toBe(normalisePersonName(name ?? ''))
          expect(address).toMatch(/^[\p{Ll}\p{Lo}\p{N} ]+$/u)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('a whole file of arbitrary text is read without throwing: refused at the header or lines in normal form', async () => {
    const header = fc.constantFrom('naam;adres\n', 'voornaam,naam,straat,postcode,gemeente\n', 'email\n', '')
    await fc.assert(
      fc.asyncProperty(header, fc.string({ maxLength: 400 }), fc.nat(), async (head, body, cut) => {
        const text = head + body
        const { header: at, out } = await readList(text, cut % (text.length + 1))
        if (at === null) expect(out).toEqual([])
        for (const key of out) expect(key).toContain('\u0000')
      }),
      { numRuns: 300 },
    )
  })

  it('two spellings of one person at one address give one key (case, accents, word order, punctuation)', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1000, max: 9999 }),
        word,
        word,
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(' ', ', ', ' - ', '. '),
        (names, number, postcode, street, city, order, upper, separator) => {
          const plain = names.map(accentsOff).join(' ')
          // The accented words, rotated, in mixed case, with other separators.
          const other = respelled(
            names,
            names.map((_, i) => (i + (order[0] ?? 0)) % names.length),
            upper,
            [separator],
          )
          const address = `${street}straat ${number}, ${postcode} ${city}`
          const addressAgain = `${street.toUpperCase()}STRAAT  ${number} - ${postcode}  ${city.toUpperCase()}`
          const key = robinsonKey(plain, address)
          expect(key).not.toBeNull()
          expect(robinsonKey(other, addressAgain)).toBe(key)
          // Another house number is another address.
          expect(robinsonKey(plain, `${street}straat ${number + 1}, ${postcode} ${city}`)).not.toBe(key)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('columns split over first and last name, street and number give the key of the whole name and address', () => {
    const at = robinsonHeader(['Voornaam', 'Naam', 'Straat', 'Huisnummer', 'Postcode', 'Gemeente'])
    expect(at).not.toBeNull()
    if (!at) return
    const parsed = parseRobinsonRecord(at, ['Zoë', 'Van den Broeck', 'Grote Markt', '1', '1000', 'Brussel'])
    expect(parsed).toEqual({
      kind: 'entry',
      key: robinsonKey('Van den Broeck, Zoe', 'Grote Markt 1, 1000 Brussel'),
    })
    // "naam" alone is the whole name.
    const whole = robinsonHeader(['naam', 'adres'])
    expect(whole).toEqual({ name: 0, street: 1 })
    expect(robinsonHeader(['email', 'telefoon'])).toBeNull()
  })

  it('by post: an objection or unsubscribe comes first, then the Robinson list with its opt-in, then consent', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        (objection, inUse, nameGiven, listed, optIn, consentGiven) => {
          const verdict = decide({
            channel: 'post',
            entries: objection ? [{ reason: 'objection', channel: 'all' }] : [],
            identifierValid: true,
            robinson: { inUse, nameGiven, listed, optIn },
            consentGiven,
          })
          if (objection) expect(verdict).toEqual({ allowed: false, reason: 'objection' })
          else if (inUse && !nameGiven)
            expect(verdict).toEqual({ allowed: false, reason: 'robinson_name_missing' })
          else if (inUse && listed)
            expect(verdict).toEqual(
              optIn
                ? { allowed: true, reason: 'opt_in_override' }
                : { allowed: false, reason: 'robinson_listed' },
            )
          else expect(verdict.allowed).toBe(true)
        },
      ),
    )
  })
})
