import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalisePhone } from './phone'

describe('normalisePhone — E.164 (ITU-T) from Belgian national numbering plan input', () => {
  it.each([
    ['0470 12 34 56', '+32470123456', 'mobile'],
    ['0470/12.34.56', '+32470123456', 'mobile'],
    ['0032470123456', '+32470123456', 'mobile'],
    ['+32 470 12 34 56', '+32470123456', 'mobile'],
    ['+32 2 555 12 34', '+3225551234', 'fixed-line'],
    ['02/555.12.34', '+3225551234', 'fixed-line'],
    ['0800 12 345', '+3280012345', 'toll-free'],
  ])('reads %j as %s (%s)', (input, e164, type) => {
    expect(normalisePhone(input)).toMatchObject({ ok: true, e164, type })
  })

  it('returns the international layout for display', () => {
    expect(normalisePhone('0470123456')).toEqual({
      ok: true,
      e164: '+32470123456',
      international: '+32 470 12 34 56',
      type: 'mobile',
    })
  })

  it('reads national numbers in the region given (French, Dutch)', () => {
    expect(normalisePhone('01 23 45 67 89', 'FR')).toMatchObject({ ok: true, e164: '+33123456789' })
    expect(normalisePhone('06 12 34 56 78', 'fr')).toMatchObject({
      ok: true,
      e164: '+33612345678',
      type: 'mobile',
    })
    expect(normalisePhone('020 123 4567', 'NL')).toMatchObject({ ok: true, e164: '+31201234567' })
    expect(normalisePhone('06 12345678', 'NL')).toMatchObject({
      ok: true,
      e164: '+31612345678',
      type: 'mobile',
    })
  })

  it('ignores the default region for numbers written with a country code', () => {
    expect(normalisePhone('+33 6 12 34 56 78', 'BE')).toMatchObject({ ok: true, e164: '+33612345678' })
  })

  it('rejects numbers outside allocated ranges: Brussels subscriber numbers do not start with 1', () => {
    expect(normalisePhone('+32 2 123 45 67')).toEqual({ ok: false, reason: 'invalid' })
    expect(normalisePhone('02/123.45.67')).toEqual({ ok: false, reason: 'invalid' })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['call me', 'not-a-number'],
    ['+999 123 456', 'invalid-country-code'],
    ['123', 'too-short'],
    ['0470 12 34 56 78 90 12', 'too-long'],
  ] as const)('rejects %j with reason %s', (input, reason) => {
    expect(normalisePhone(input)).toEqual({ ok: false, reason })
  })

  it('cannot read a national number without a known region', () => {
    expect(normalisePhone('0470123456', 'XX')).toEqual({ ok: false, reason: 'invalid-country-code' })
  })
})

describe('properties', () => {
  const phoneLike = fc.oneof(
    fc.stringMatching(/^0[1-9]\d{7,8}$/),
    fc.stringMatching(/^04[5-9]\d \d{2} \d{2} \d{2}$/),
    fc.stringMatching(/^(\+|00)(31|32|33|49)\d{8,10}$/),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '4', '7', '+', ' ', '/', '.', '-') }),
  )
  const region = fc.constantFrom('BE', 'NL', 'FR', 'DE', 'LU')

  it('normalisation is idempotent: an E.164 result normalises to itself, in any default region', () => {
    fc.assert(
      fc.property(phoneLike, region, region, (input, first, second) => {
        const once = normalisePhone(input, first)
        if (!once.ok) return
        expect(normalisePhone(once.e164, second)).toEqual(once)
        expect(normalisePhone(once.international, second)).toEqual(once)
      }),
    )
  })

  it('every result is either a "+" and up to 15 digits, or a rejection', () => {
    fc.assert(
      fc.property(phoneLike, region, (input, defaultRegion) => {
        const result = normalisePhone(input, defaultRegion)
        if (result.ok) expect(result.e164).toMatch(/^\+[1-9]\d{1,14}$/)
        else
          expect(result.reason).toMatch(
            /^(empty|not-a-number|invalid-country-code|too-short|too-long|invalid)$/,
          )
      }),
    )
  })

  it('Belgian mobile numbers (04xx) in national layout always become +324…', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^04[789]\d{7}$/), (national) => {
        expect(normalisePhone(national)).toMatchObject({
          ok: true,
          e164: `+32${national.slice(1)}`,
          type: 'mobile',
        })
      }),
    )
  })
})
