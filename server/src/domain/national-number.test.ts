import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, toEpochDay } from './calendar-date'
import {
  formatNationalNumber,
  isValidNationalNumber,
  maskNationalNumber,
  nationalNumberCheck,
  nationalNumberFor,
  parseNationalNumber,
} from './national-number'

const FIRST_DAY = toEpochDay('1900-01-01')
const LAST_DAY = toEpochDay('2099-12-31')

const birthDate = fc.integer({ min: 0, max: LAST_DAY - FIRST_DAY }).map((n) => addDays('1900-01-01', n))
const counter = fc.integer({ min: 1, max: 998 })
const options = fc.record({
  kind: fc.constantFrom('national' as const, 'bis' as const),
  sexKnown: fc.boolean(),
})
const generated = fc
  .tuple(birthDate, counter, options)
  .map(([date, serial, opts]) => ({ date, serial, opts, digits: nationalNumberFor(date, serial, opts) }))

describe('parseNationalNumber — Belgian national register number (Law of 8 August 1983)', () => {
  it('accepts a 20th-century number: check = 97 − (first 9 digits mod 97)', () => {
    expect(parseNationalNumber('85073003328')).toEqual({
      ok: true,
      value: { digits: '85073003328', birthDate: '1985-07-30', century: 1900, sex: 'male', kind: 'national' },
    })
  })

  it('accepts a number for a birth from 2000 on: check computed on "2" + first 9 digits', () => {
    const parsed = parseNationalNumber('17073003384')
    expect(parsed).toMatchObject({ ok: true, value: { birthDate: '2017-07-30', century: 2000 } })
  })

  it('accepts the printed layout with dots, dash and spaces', () => {
    expect(parseNationalNumber('85.07.30-033.28')).toMatchObject({
      ok: true,
      value: { digits: '85073003328' },
    })
    expect(parseNationalNumber(' 850730 033 28 ')).toMatchObject({ ok: true })
    expect(parseNationalNumber('850730/033-28')).toMatchObject({ ok: true })
  })

  it('derives the sex from the counter parity: odd = male, even = female', () => {
    expect(parseNationalNumber(nationalNumberFor('1985-07-30', 33))).toMatchObject({ value: { sex: 'male' } })
    expect(parseNationalNumber(nationalNumberFor('1985-07-30', 34))).toMatchObject({
      value: { sex: 'female' },
    })
  })

  it.each([
    ['', 'empty'],
    ['8507300332', '10 digits'],
    ['850730033281', '12 digits'],
    ['85O73003328', 'letter O instead of zero'],
    ['85_07_30_033_28', 'unsupported separator'],
    ['85073000023', 'counter 000 is never issued'],
    ['85073099992', 'counter 999 is never issued'],
  ])('rejects %j as a format error (%s)', (input) => {
    expect(parseNationalNumber(input)).toEqual({ ok: false, reason: 'format' })
  })

  it('rejects a wrong check number as a checksum error', () => {
    expect(parseNationalNumber('85073003329')).toEqual({ ok: false, reason: 'checksum' })
    expect(parseNationalNumber('85073003300')).toEqual({ ok: false, reason: 'checksum' })
  })

  it('rejects a 2000+ number checked with the 1900 formula and vice versa', () => {
    // 17073003384 is valid only with the "2" prefix; its 1900-rule check would be different.
    expect(nationalNumberCheck(170730033, 1900)).not.toBe(84)
    expect(parseNationalNumber(`170730033${nationalNumberCheck(170730033, 1900)}`)).toMatchObject({
      value: { century: 1900, birthDate: '1917-07-30' },
    })
  })

  it('rejects a month/day that is not a real calendar date (checksum otherwise correct)', () => {
    const withCheck = (nine: string, century: 1900 | 2000) =>
      nine + String(nationalNumberCheck(Number(nine), century)).padStart(2, '0')
    expect(parseNationalNumber(withCheck('850230001', 1900))).toEqual({ ok: false, reason: 'date' })
    expect(parseNationalNumber(withCheck('851301001', 1900))).toEqual({ ok: false, reason: 'date' })
    expect(parseNationalNumber(withCheck('850732001', 1900))).toEqual({ ok: false, reason: 'date' })
    expect(parseNationalNumber(withCheck('855301001', 1900))).toEqual({ ok: false, reason: 'date' })
    // 29 February exists in 2000 (leap, century-divisible by 400) but not in 1900.
    expect(parseNationalNumber(withCheck('000229001', 1900))).toEqual({ ok: false, reason: 'date' })
    expect(parseNationalNumber(withCheck('000229001', 2000))).toMatchObject({
      value: { birthDate: '2000-02-29' },
    })
  })

  it('accepts 00 month or day (birth date unknown) with birthDate null', () => {
    expect(parseNationalNumber(nationalNumberFor('1950-00-00', 1))).toMatchObject({
      ok: true,
      value: { birthDate: null, century: 1900 },
    })
    expect(parseNationalNumber(nationalNumberFor('1950-03-00', 2))).toMatchObject({
      value: { birthDate: null },
    })
  })

  it('recognises BIS numbers: month + 40 (sex known) keeps the sex, month + 20 (sex unknown) drops it', () => {
    const known = nationalNumberFor('1985-07-30', 33, { kind: 'bis', sexKnown: true })
    const unknown = nationalNumberFor('1985-07-30', 33, { kind: 'bis', sexKnown: false })
    expect(known.slice(2, 4)).toBe('47')
    expect(unknown.slice(2, 4)).toBe('27')
    expect(parseNationalNumber(known)).toMatchObject({
      value: { kind: 'bis', sex: 'male', birthDate: '1985-07-30' },
    })
    expect(parseNationalNumber(unknown)).toMatchObject({
      value: { kind: 'bis', sex: null, birthDate: '1985-07-30' },
    })
  })

  it('isValidNationalNumber mirrors parse', () => {
    expect(isValidNationalNumber('85.07.30-033.28')).toBe(true)
    expect(isValidNationalNumber('85.07.30-033.27')).toBe(false)
  })
})

describe('formatting and masking', () => {
  it('formats as YY.MM.DD-CCC.KK', () => {
    expect(formatNationalNumber('85073003328')).toBe('85.07.30-033.28')
    expect(formatNationalNumber('invalid')).toBeNull()
  })

  it('masks all but the two check digits, and everything when the input is invalid', () => {
    expect(maskNationalNumber('85073003328')).toBe('••.••.••-•••.28')
    expect(maskNationalNumber('85073003329')).toBe('••.••.••-•••.••')
  })
})

describe('nationalNumberFor', () => {
  it('computes the check digits of the documented examples', () => {
    expect(nationalNumberFor('1985-07-30', 33)).toBe('85073003328')
    expect(nationalNumberFor('2017-07-30', 33)).toBe('17073003384')
  })

  it.each([
    ['1899-12-31', 1],
    ['2100-01-01', 1],
    ['1985-02-30', 1],
    ['1985-13-00', 1],
    ['85-07-30', 1],
    ['1985-07-30', 0],
    ['1985-07-30', 999],
    ['1985-07-30', 1.5],
  ])('refuses birth date %j with counter %d', (date, serial) => {
    expect(() => nationalNumberFor(date, serial)).toThrow(RangeError)
  })
})

describe('properties', () => {
  it('the 1900 and 2000 check formulas never agree (2 000 000 000 mod 97 = 68)', () => {
    expect(2_000_000_000 % 97).toBe(68)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (nine) => {
        expect(nationalNumberCheck(nine, 1900)).not.toBe(nationalNumberCheck(nine, 2000))
      }),
    )
  })

  it('every generated number validates, keeps its data, and round-trips format → parse', () => {
    fc.assert(
      fc.property(generated, ({ date, serial, opts, digits }) => {
        const parsed = parseNationalNumber(digits)
        if (!parsed.ok) throw new Error(`rejected ${digits}: ${parsed.reason}`)
        expect(parsed.value.birthDate).toBe(date)
        expect(parsed.value.century).toBe(date < '2000' ? 1900 : 2000)
        expect(parsed.value.kind).toBe(opts.kind)
        const sexHidden = opts.kind === 'bis' && !opts.sexKnown
        expect(parsed.value.sex).toBe(sexHidden ? null : serial % 2 === 1 ? 'male' : 'female')
        expect(parseNationalNumber(formatNationalNumber(parsed.value))).toEqual(parsed)
      }),
    )
  })

  it('any single-digit change is rejected, except a ±6 change of the year units digit, which flips the century', () => {
    // Modulo 97 alone detects every single substitution, but a number is accepted under either
    // century formula. 2 000 000 000 ≡ 68 (mod 97) and 6 × 10^7 ≡ 68 (mod 97), so shifting the
    // second year digit by ±6 turns a valid 1900 number into a valid 2000 number (or back).
    const corruption = fc.tuple(generated, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }))
    fc.assert(
      fc.property(corruption, ([{ digits }, position, delta]) => {
        const digit = (Number(digits[position]) + delta) % 10
        const corrupted = digits.slice(0, position) + digit + digits.slice(position + 1)
        const parsed = parseNationalNumber(corrupted)
        const original = parseNationalNumber(digits)
        if (!parsed.ok || !original.ok) {
          expect(parsed.ok).toBe(false)
          return
        }
        expect(position).toBe(1)
        expect(Math.abs(digit - Number(digits[1]))).toBe(6)
        expect(parsed.value.century).not.toBe(original.value.century)
      }),
    )
  })

  it('the century flip is real: born 2013, year digit 3 → 9 still passes as a 1919 birth', () => {
    const born2013 = nationalNumberFor('2013-05-04', 101)
    const flipped = `19${born2013.slice(2)}`
    expect(parseNationalNumber(flipped)).toMatchObject({ ok: true, value: { birthDate: '1919-05-04' } })
  })

  it('masking never reveals more than the last two digits, whatever the input', () => {
    const input = fc.oneof(
      generated.map((g) => g.digits),
      fc.string(),
      fc.stringMatching(/^\d{11}$/),
    )
    fc.assert(
      fc.property(input, (value) => {
        const masked = maskNationalNumber(value)
        expect(masked.slice(0, -2)).toBe('••.••.••-•••.')
        expect(masked.replace(/[^0-9]/g, '').length).toBeLessThanOrEqual(2)
        if (isValidNationalNumber(value)) expect(masked.slice(-2)).toBe(value.slice(-2))
      }),
    )
  })
})
