import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIban, isValidIban, maskIban, normaliseIban } from './iban'

/** ISO 13616 check digits: 98 − (BBAN + country letters as numbers + "00") mod 97. */
function belgianIban(bban: string): string {
  const check = 98n - (BigInt(`${bban}111400`) % 97n)
  return `BE${String(check).padStart(2, '0')}${bban}`
}
/** Belgian BBAN: 3-digit bank code + 7-digit account + national check (first ten mod 97, 00 → 97). */
const belgianBban = (first10: number) =>
  String(first10).padStart(10, '0') + String(first10 % 97 || 97).padStart(2, '0')
const generated = fc.integer({ min: 0, max: 9_999_999_999 }).map((n) => belgianIban(belgianBban(n)))

describe('IBAN (ISO 13616, MOD 97-10 check digits)', () => {
  it.each(['BE68539007547034', 'BE68 5390 0754 7034', 'be68-5390-0754-7034', ' BE68.5390.0754.7034 '])(
    'normalises %j to the electronic format',
    (input) => {
      expect(normaliseIban(input)).toBe('BE68539007547034')
      expect(isValidIban(input)).toBe(true)
    },
  )

  it('validates foreign IBANs too', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true)
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(isValidIban('FR14 2004 1010 0505 0001 3M02 606')).toBe(true)
  })

  it.each([
    ['BE68539007547035', 'wrong check digits'],
    ['BE6853900754703', 'Belgian IBANs have 16 characters'],
    ['XX68539007547034', 'unknown country'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(normaliseIban(input)).toBeNull()
    expect(formatIban(input)).toBeNull()
  })

  it('rejects a Belgian IBAN whose ISO check is right but whose national BBAN check (mod 97) is wrong', () => {
    const wrongNationalCheck = belgianIban('539007547035')
    expect(wrongNationalCheck).toMatch(/^BE\d{14}$/)
    expect(isValidIban(wrongNationalCheck)).toBe(false)
    expect(isValidIban(belgianIban('539007547034'))).toBe(true)
  })

  it('prints in groups of four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034')
    expect(formatIban('FR1420041010050500013M02606')).toBe('FR14 2004 1010 0505 0001 3M02 606')
  })

  it('masks all but country, check digits and the last four characters', () => {
    expect(maskIban('BE68539007547034')).toBe('BE68 •••• •••• 7034')
    expect(maskIban('FR1420041010050500013M02606')).toBe('FR14 •••• •••• •••• •••• •••2 606')
    expect(maskIban('BE68539007547035')).toBe('••••')
  })
})

describe('properties', () => {
  it('generated Belgian IBANs are valid and survive format → normalise', () => {
    fc.assert(
      fc.property(generated, (iban) => {
        expect(normaliseIban(iban)).toBe(iban)
        expect(normaliseIban(formatIban(iban) ?? '')).toBe(iban)
      }),
    )
  })

  it('any single-digit change is rejected', () => {
    const corruption = fc.tuple(generated, fc.integer({ min: 2, max: 15 }), fc.integer({ min: 1, max: 9 }))
    fc.assert(
      fc.property(corruption, ([iban, position, delta]) => {
        const digit = (Number(iban[position]) + delta) % 10
        expect(isValidIban(iban.slice(0, position) + digit + iban.slice(position + 1))).toBe(false)
      }),
    )
  })

  it('masking reveals at most the first four and last four characters', () => {
    fc.assert(
      fc.property(fc.oneof(generated, fc.string()), (input) => {
        const visible = maskIban(input).replace(/[\s•]/g, '')
        const electronic = normaliseIban(input)
        expect(visible).toBe(electronic === null ? '' : electronic.slice(0, 4) + electronic.slice(-4))
      }),
    )
  })
})
