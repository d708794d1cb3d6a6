import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  enterpriseNumberCheck,
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  parseEnterpriseNumber,
  toVatNumber,
} from './enterprise-number'

/** A valid number from its first eight digits (first digit 0 or 1). */
const withCheck = (firstEight: number) =>
  String(firstEight).padStart(8, '0') + String(enterpriseNumberCheck(firstEight)).padStart(2, '0')
const generated = fc.integer({ min: 0, max: 19_999_999 }).map(withCheck)

describe('parseEnterpriseNumber — KBO/BCE enterprise number (check = 97 − first eight digits mod 97)', () => {
  it.each([
    '0403019261',
    '0403.019.261',
    '0403 019 261',
    '403019261',
    '403.019.261',
    'BE0403019261',
    'be 0403.019.261',
    'BE 403 019 261',
    'BE-0403.019.261',
    '(0)403019261',
    '(0)403.019.261',
    'BE (0)403 019 261',
    ' 0403/019/261 ',
  ])('accepts %j', (input) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: { digits: '0403019261' } })
  })

  it('accepts numbers starting with 1 (the second allocation range)', () => {
    expect(isValidEnterpriseNumber(withCheck(10_000_000))).toBe(true)
  })

  it.each([
    ['', 'empty'],
    ['04030192', 'too short'],
    ['04030192610', 'too long'],
    ['2403019261', 'first digit must be 0 or 1 (2–8 are establishment units)'],
    ['FR0403019261', 'foreign VAT prefix'],
    ['0403O19261', 'letter O'],
    ['(1)403019261', 'only a zero is written in brackets'],
    ['0(0)403019261', 'brackets inside the number'],
    ['(0)0403019261', 'a bracketed zero before ten digits'],
    ['BEBE0403019261', 'the prefix twice'],
  ])('rejects %j as a format error (%s)', (input) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: false, reason: 'format' })
  })

  it('rejects a wrong check number, including 00 which 97 − (n mod 97) can never produce', () => {
    expect(parseEnterpriseNumber('0403019262')).toEqual({ ok: false, reason: 'checksum' })
    expect(parseEnterpriseNumber('0403019200')).toEqual({ ok: false, reason: 'checksum' })
    expect(enterpriseNumberCheck(97 * 41_599)).toBe(97)
  })

  it('formats as 0403.019.261 and derives the VAT number BE0403019261', () => {
    expect(formatEnterpriseNumber('BE 403 019 261')).toBe('0403.019.261')
    expect(toVatNumber('0403.019.261')).toBe('BE0403019261')
    expect(formatEnterpriseNumber('0403019262')).toBeNull()
    expect(toVatNumber('nonsense')).toBeNull()
  })
})

/** python-stdnum's documented examples for stdnum.be.vat, and the register's own layouts. */
describe('worked examples', () => {
  it.each([
    ['BE403019261', { ok: true, value: { digits: '0403019261' } }],
    ['(0)403019261', { ok: true, value: { digits: '0403019261' } }],
    ['BE 428759497', { ok: true, value: { digits: '0428759497' } }],
    ['BE431150351', { ok: false, reason: 'checksum' }],
    // All zeros: 97 − (0 mod 97) = 97, so the check digits 00 can never match.
    ['BE0000000000', { ok: false, reason: 'checksum' }],
    ['BE000000000', { ok: false, reason: 'checksum' }],
    ['000000', { ok: false, reason: 'format' }],
    ['BE2000021323', { ok: false, reason: 'format' }],
  ])('%s', (input, expected) => {
    expect(parseEnterpriseNumber(input)).toEqual(expected)
  })
})

describe('properties', () => {
  it('generated numbers are valid and round-trip through format, VAT and the 9-digit legacy form', () => {
    fc.assert(
      fc.property(generated, (digits) => {
        const parsed = parseEnterpriseNumber(digits)
        if (!parsed.ok) throw new Error(`rejected ${digits}`)
        expect(parseEnterpriseNumber(formatEnterpriseNumber(parsed.value))).toEqual(parsed)
        expect(parseEnterpriseNumber(toVatNumber(parsed.value))).toEqual(parsed)
        if (digits.startsWith('0')) {
          const nine = digits.slice(1)
          const written = [
            nine,
            `(0)${nine}`,
            `BE ${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`,
            `BE ${formatEnterpriseNumber(parsed.value)}`,
          ]
          for (const w of written) expect(parseEnterpriseNumber(w), w).toEqual(parsed)
        }
      }),
    )
  })

  it('any single-digit change is rejected (modulo 97 detects every single substitution)', () => {
    const corruption = fc.tuple(generated, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }))
    fc.assert(
      fc.property(corruption, ([digits, position, delta]) => {
        const digit = (Number(digits[position]) + delta) % 10
        expect(isValidEnterpriseNumber(digits.slice(0, position) + digit + digits.slice(position + 1))).toBe(
          false,
        )
      }),
    )
  })
})
