import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { composeNotice } from './compose-notice'
import { afterColon, frenchPunctuation, joinList, noticePlainText, sentence } from './text'

/** Issue 12 item 6: the punctuation rules of the generated text, one rule per block. */

const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => !['and', 'en', 'et'].includes(w))

describe('lists', () => {
  it.each([
    ['en', 'and', 'a, b and c'],
    ['nl', 'en', 'a, b en c'],
    ['fr', 'et', 'a, b et c'],
  ])('join with commas and one conjunction (%s)', (_language, conjunction, expected) => {
    expect(joinList(['a', 'b', 'c'], conjunction)).toBe(expected)
    expect(joinList(['a', 'b'], conjunction)).toBe(`a ${conjunction} b`)
    expect(joinList(['a'], conjunction)).toBe('a')
  })

  it('keep an item that holds the conjunction apart with a comma, unless it is quoted', () => {
    expect(joinList(['contract data', 'communications and correspondence'], 'and')).toBe(
      'contract data, and communications and correspondence',
    )
    expect(joinList(['identificatiegegevens', 'facturatie- en betalingsgegevens'], 'en')).toBe(
      'identificatiegegevens en facturatie- en betalingsgegevens',
    )
    expect(joinList(['“Facturatie en boekhouding”', '“Klantenbeheer”'], 'en')).toBe(
      '“Facturatie en boekhouding” en “Klantenbeheer”',
    )
  })

  it('name every item once, in order, with a single conjunction', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), (items) => {
        const text = joinList(items, 'and')
        expect(text.split(' and ')).toHaveLength(2)
        expect(text.replace(' and ', ', ').split(', ')).toEqual(items)
      }),
    )
  })
})

describe('full stops', () => {
  it('end a sentence that closes with a law reference in brackets', () => {
    expect(sentence('as allowed by the Act of 30 July 2018 (art. 7)')).toBe(
      'as allowed by the Act of 30 July 2018 (art. 7).',
    )
    expect(sentence('« Nous y veillons »')).toBe('« Nous y veillons ».')
    expect(sentence('Done (see above.)')).toBe('Done (see above.)')
    expect(sentence('Is that so?')).toBe('Is that so?')
  })

  it('are added once: the result always ends a sentence, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (text) => {
        fc.pre(text.trim() !== '')
        const once = sentence(text)
        expect(once).toMatch(/[.!?…][)\]»"”’\u00a0\u202f]*$/)
        expect(sentence(once)).toBe(once)
      }),
    )
  })
})

describe('English capitalisation after a colon', () => {
  it('lower-cases a common first word, never a name, an acronym or "I"', () => {
    expect(afterColon('The visitor initiates contact')).toBe('the visitor initiates contact')
    expect(afterColon('We keep it short')).toBe('we keep it short')
    expect(afterColon('Meta is the point of contact')).toBe('Meta is the point of contact')
    expect(afterColon('KBO data only')).toBe('KBO data only')
    expect(afterColon('I agree')).toBe('I agree')
  })

  it('shows in the notice: the balancing test continues the sentence in lower case', () => {
    const input = richRegister()
    const activity = input.activities?.find((a) =>
      a.purposes?.some((p) => p.legalBasis === 'legitimate_interests'),
    )
    const purpose = activity?.purposes?.find((p) => p.legalBasis === 'legitimate_interests')
    if (!purpose) throw new Error('the rich register has a legitimate interest')
    Object.assign(purpose.legitimateInterest ?? {}, {
      balancingTest: { nl: 'De bezoeker', fr: 'Le visiteur', en: 'The visitor initiates contact' },
    })
    const text = noticePlainText(composeNotice(parseRegister(input), { language: 'en' }))
    expect(text).toContain('fundamental rights: the visitor initiates contact.')
  })
})

describe('French spacing', () => {
  it('puts a narrow no-break space before ; ? ! and a no-break space before :', () => {
    expect(frenchPunctuation('Qui sommes-nous ? Ceci : cela ; enfin!')).toBe(
      'Qui sommes-nous\u202f? Ceci\u00a0: cela\u202f; enfin\u202f!',
    )
    expect(frenchPunctuation('«Réserve»')).toBe('«\u00a0Réserve\u00a0»')
  })

  it('leaves addresses, times and a text that starts with punctuation alone', () => {
    for (const text of ['https://example.be/?q=1', 'mailto:dpo@example.be', '10:30', ': suite']) {
      expect(frenchPunctuation(text)).toBe(text)
    }
  })

  it('is idempotent and leaves no ordinary space or bare word before the mark', () => {
    const piece = fc.constantFrom('mot', ' ', ':', ';', '?', '!', 'x ', '\u00a0', '\u202f')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const once = frenchPunctuation(pieces.join(''))
        expect(frenchPunctuation(once)).toBe(once)
        expect(once).not.toMatch(/[ \p{L}][:;?!](\s|$)/u)
      }),
    )
  })

  it('is applied to the whole French notice, the register texts included', () => {
    const text = noticePlainText(composeNotice(parseRegister(richRegister()), { language: 'fr' }))
    expect(text).not.toMatch(/[ \p{L})][:;?!](\s|$)/mu)
    expect(text).toMatch(/\u202f\?/)
  })
})
