import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPartialBirthDate, type PartialBirthDate } from './birth-date'
import { addDays, isRealDate, toEpochDay } from './calendar-date'
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

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Date digits as the register writes them, with what they say of the birth date (the rules, spelled out). */
interface DateDigits {
  readonly written: string
  readonly birth: PartialBirthDate | null
}
const fullDate: fc.Arbitrary<DateDigits> = fc
  .integer({ min: 0, max: LAST_DAY - FIRST_DAY })
  .map((n) => addDays('1900-01-01', n))
  .map((written) => ({
    written,
    birth: {
      year: Number(written.slice(0, 4)),
      month: Number(written.slice(5, 7)),
      day: Number(written.slice(8)),
    },
  }))
const year = fc.integer({ min: 1900, max: 2099 })
/** Day 00, or a day past the month's end: the day was unknown or its counters ran out. */
const dayUnknown: fc.Arbitrary<DateDigits> = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.oneof(fc.constant(0), fc.integer({ min: 28, max: 99 })))
  .filter(([y, m, d]) => !isRealDate(y, m, d))
  .map(([y, m, d]) => ({ written: `${y}-${pad(m)}-${pad(d)}`, birth: { year: y, month: m, day: null } }))
/** Month 00: only the year is known (the day digits may count on once the counters ran out). */
const yearOnly: fc.Arbitrary<DateDigits> = fc
  .tuple(year, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 99 })))
  .filter(([y, d]) => !(y % 100 === 0 && d === 1))
  .map(([y, d]) => ({ written: `${y}-00-${pad(d)}`, birth: { year: y, month: null, day: null } }))
const nothingKnown: fc.Arbitrary<DateDigits> = fc
  .constantFrom('1900-00-01', '2000-00-01')
  .map((written) => ({ written, birth: null }))
const dateDigits = fc.oneof(
  { arbitrary: fullDate, weight: 3 },
  { arbitrary: dayUnknown, weight: 2 },
  { arbitrary: yearOnly, weight: 2 },
  { arbitrary: nothingKnown, weight: 1 },
)
const counter = fc.oneof(fc.integer({ min: 1, max: 998 }), fc.constantFrom(1, 2, 997, 998))
const options = fc.record({
  kind: fc.constantFrom('national' as const, 'bis' as const),
  sexKnown: fc.boolean(),
})
const generated = fc.tuple(dateDigits, counter, options).map(([date, serial, opts]) => ({
  date,
  serial,
  opts,
  digits: nationalNumberFor(date.written, serial, opts),
}))

const withCheck = (nine: string, century: 1900 | 2000) =>
  nine + String(nationalNumberCheck(Number(nine), century)).padStart(2, '0')

describe('parseNationalNumber — Belgian national register number (Law of 8 August 1983)', () => {
  it('accepts a 20th-century number: check = 97 − (first 9 digits mod 97)', () => {
    expect(parseNationalNumber('85073003328')).toEqual({
      ok: true,
      value: {
        digits: '85073003328',
        birthDate: '1985-07-30',
        birth: { year: 1985, month: 7, day: 30 },
        century: 1900,
        sex: 'male',
        kind: 'national',
      },
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

  it('rejects a month above 12 once the BIS offset is removed (checksum otherwise correct)', () => {
    for (const month of ['13', '19', '33', '39', '53', '60', '99']) {
      const nine = `85${month}01001`
      expect(parseNationalNumber(withCheck(nine, 1900)), month).toEqual({ ok: false, reason: 'date' })
      expect(parseNationalNumber(withCheck(nine, 2000)), month).toEqual({ ok: false, reason: 'date' })
    }
  })

  it('accepts a day past the end of the month (the day counter ran out): year and month known, day not', () => {
    expect(parseNationalNumber(withCheck('850230001', 1900))).toMatchObject({
      ok: true,
      value: { birthDate: null, birth: { year: 1985, month: 2, day: null } },
    })
    // 29 February exists in 2000 (leap, divisible by 400) but not in 1900: there it only says "February 1900".
    expect(parseNationalNumber(withCheck('000229001', 1900))).toMatchObject({
      value: { birthDate: null, birth: { year: 1900, month: 2, day: null } },
    })
    expect(parseNationalNumber(withCheck('000229001', 2000))).toMatchObject({
      value: { birthDate: '2000-02-29', birth: { year: 2000, month: 2, day: 29 } },
    })
  })

  it('accepts month 00 (only the year known), whatever the day digits count on to', () => {
    for (const day of ['00', '02', '09', '35']) {
      expect(parseNationalNumber(withCheck(`8500${day}001`, 1900)), day).toMatchObject({
        ok: true,
        value: { birthDate: null, birth: { year: 1985, month: null, day: null } },
      })
    }
    expect(parseNationalNumber(nationalNumberFor('1950-03-00', 2))).toMatchObject({
      value: { birthDate: null, birth: { year: 1950, month: 3, day: null } },
    })
  })

  it('reads the fictitious dates 1900-00-01 and 2000-00-01 as "nothing known", not even the year', () => {
    for (const date of ['1900-00-01', '2000-00-01']) {
      for (const kind of ['national', 'bis'] as const) {
        const parsed = parseNationalNumber(nationalNumberFor(date, 17, { kind }))
        expect(parsed, `${date} ${kind}`).toMatchObject({
          ok: true,
          value: { birthDate: null, birth: null, century: Number(date.slice(0, 4)), kind },
        })
      }
    }
    // 1900-00-02 is a counter that ran on in a year that is known.
    expect(parseNationalNumber(nationalNumberFor('1900-00-02', 17))).toMatchObject({
      value: { birth: { year: 1900, month: null, day: null } },
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

/**
 * Worked examples: the National Register's rules (IT000 instructions) and the examples documented by
 * python-stdnum for stdnum.be.nn and stdnum.be.bis, written here as what the number says of the person.
 * birth: ISO 8601 with reduced precision ("1985-07" = July 1985, day unknown), null when nothing is known.
 */
describe('worked examples', () => {
  type Expected =
    | { reason: 'format' | 'checksum' | 'date' }
    | { birth: string | null; century: 1900 | 2000; sex: 'male' | 'female' | null; kind: 'national' | 'bis' }
  const M = 'male'
  const F = 'female'
  const examples: [string, string, Expected][] = [
    ['85.07.30-033 28', 'a full date', { birth: '1985-07-30', century: 1900, sex: M, kind: 'national' }],
    [
      '17 07 30 033 84',
      'born from 2000 on',
      { birth: '2017-07-30', century: 2000, sex: M, kind: 'national' },
    ],
    ['75.06.08-980.09', 'even counter', { birth: '1975-06-08', century: 1900, sex: F, kind: 'national' }],
    ['12345678901', 'wrong check digits', { reason: 'checksum' }],
    ['00000100166', 'fictitious 1900-00-01', { birth: null, century: 1900, sex: M, kind: 'national' }],
    ['00000100195', 'fictitious 2000-00-01', { birth: null, century: 2000, sex: M, kind: 'national' }],
    ['00000000128', 'only the year', { birth: '2000', century: 2000, sex: M, kind: 'national' }],
    ['00010000135', 'year and month', { birth: '2000-01', century: 2000, sex: M, kind: 'national' }],
    ['85.07.35-001.07', 'day counter ran out', { birth: '1985-07', century: 1900, sex: M, kind: 'national' }],
    ['85133000105', 'month 13', { reason: 'date' }],
    ['75.46.08-980.95', 'BIS, sex known', { birth: '1975-06-08', century: 1900, sex: F, kind: 'bis' }],
    ['75.26.08-980.52', 'BIS, sex unknown', { birth: '1975-06-08', century: 1900, sex: null, kind: 'bis' }],
    ['01 49 07 001 85', 'BIS born from 2000 on', { birth: '2001-09-07', century: 2000, sex: M, kind: 'bis' }],
    ['98.47.28-997.65', 'BIS, last odd counter', { birth: '1998-07-28', century: 1900, sex: M, kind: 'bis' }],
    ['00400100155', 'BIS fictitious 1900-00-01', { birth: null, century: 1900, sex: M, kind: 'bis' }],
    ['00200100112', 'BIS fictitious, sex unknown', { birth: null, century: 1900, sex: null, kind: 'bis' }],
    ['00400100184', 'BIS fictitious 2000-00-01', { birth: null, century: 2000, sex: M, kind: 'bis' }],
    [
      '00200100141',
      'BIS fictitious 2000, sex unknown',
      { birth: null, century: 2000, sex: null, kind: 'bis' },
    ],
    ['00400000117', 'BIS, only the year', { birth: '2000', century: 2000, sex: M, kind: 'bis' }],
    [
      '00200000171',
      'BIS, only the year, sex unknown',
      { birth: '2000', century: 2000, sex: null, kind: 'bis' },
    ],
    ['00410000124', 'BIS, year and month', { birth: '2000-01', century: 2000, sex: M, kind: 'bis' }],
    [
      '00210000178',
      'BIS, year and month, sex unknown',
      { birth: '2000-01', century: 2000, sex: null, kind: 'bis' },
    ],
    ['85.47.35-001.93', 'BIS, day counter ran out', { birth: '1985-07', century: 1900, sex: M, kind: 'bis' }],
    [
      '85.27.35-001.50',
      'BIS, day ran out, sex unknown',
      { birth: '1985-07', century: 1900, sex: null, kind: 'bis' },
    ],
    ['85533000191', 'BIS month 53 (13 + 40)', { reason: 'date' }],
    ['85333000148', 'BIS month 33 (13 + 20)', { reason: 'date' }],
  ]

  it.each(examples)('%s (%s)', (input, _case, expected) => {
    const parsed = parseNationalNumber(input)
    if ('reason' in expected) {
      expect(parsed).toEqual({ ok: false, reason: expected.reason })
      return
    }
    if (!parsed.ok) throw new Error(`rejected: ${parsed.reason}`)
    const { birth, century, sex, kind } = parsed.value
    expect({ birth: formatPartialBirthDate(birth), century, sex, kind }).toEqual(expected)
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
    ['1985-13-00', 1],
    ['1985-7-30', 1],
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

  it('every generated number (full, partial or unknown birth date, any counter) validates with the birth date its digits tell, and round-trips format → parse', () => {
    fc.assert(
      fc.property(generated, ({ date, serial, opts, digits }) => {
        const parsed = parseNationalNumber(digits)
        if (!parsed.ok) throw new Error(`rejected ${digits}: ${parsed.reason}`)
        expect(parsed.value.birth).toEqual(date.birth)
        expect(parsed.value.birthDate).toBe(date.birth?.day ? date.written : null)
        expect(parsed.value.century).toBe(date.written < '2000' ? 1900 : 2000)
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

  it('a month above 12 once the BIS offset is removed is refused, whatever the check digits', () => {
    const badMonth = fc.oneof(
      fc.integer({ min: 13, max: 19 }),
      fc.integer({ min: 33, max: 39 }),
      fc.integer({ min: 53, max: 99 }),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        badMonth,
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 998 }),
        fc.constantFrom(1900 as const, 2000 as const),
        (yy, month, day, serial, century) => {
          const nine = `${pad(yy)}${pad(month)}${pad(day)}${pad(serial, 3)}`
          expect(parseNationalNumber(withCheck(nine, century))).toEqual({ ok: false, reason: 'date' })
        },
      ),
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
