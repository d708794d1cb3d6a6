import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalisePhone } from '../phone'
import {
  dateInFileName,
  normaliseEmail,
  normalisePhoneE164,
  normalisePostalAddress,
  parseDncmLine,
  parseListDate,
} from './normalise'

/** A Belgian national significant number of 8 or 9 digits, and the ways people and files write it. */
const belgianNsn = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{7,8}$/))
  .map(([first, rest]) => `${first}${rest}`)
const spelled = (nsn: string) =>
  fc.constantFrom(
    `+32${nsn}`,
    `32${nsn}`,
    `0032${nsn}`,
    `0${nsn}`,
    `+32 ${nsn.slice(0, 3)} ${nsn.slice(3)}`,
    `0${nsn.slice(0, 3)}/${nsn.slice(3, 5)}.${nsn.slice(5)}`,
  )

describe('suppression identifiers: normalised forms', () => {
  it('the Belgian fast path gives exactly what the full parser gives, in every spelling', () => {
    fc.assert(
      fc.property(
        belgianNsn.chain((nsn) => spelled(nsn)),
        (input) => {
          const full = normalisePhone(input)
          const fast = normalisePhoneE164(input)
          expect(fast).toEqual(full.ok ? { ok: true, value: full.e164 } : { ok: false })
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('never throws on any text and is idempotent on what it accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        for (const normalise of [normaliseEmail, normalisePhoneE164, normalisePostalAddress]) {
          const once = normalise(input)
          if (once.ok) expect(normalise(once.value)).toEqual(once)
        }
      }),
    )
  })

  it('e-mail is case-insensitive, a postal address ignores case, accents and punctuation', () => {
    expect(normaliseEmail('  Jan.Peeters@Example.BE ')).toEqual({ ok: true, value: 'jan.peeters@example.be' })
    expect(normalisePostalAddress('Rue de l’Église 12, 1000 Bruxelles')).toEqual(
      normalisePostalAddress('RUE DE L EGLISE 12 1000  bruxelles'),
    )
  })

  it('reads DNCM lines whatever the separator and date form, and any text without throwing', () => {
    const expected = { kind: 'number', e164: '+32470123456', registeredOn: '2024-03-15' }
    for (const line of [
      '0470123456;2024-03-15',
      '+32470123456,15/03/2024',
      '32470123456\t20240315',
      '0032470123456 15.03.2024 10:12:00',
    ])
      expect(parseDncmLine(line, false)).toEqual(expected)
    expect(parseDncmLine('telefoonnummer;datum', true)).toEqual({ kind: 'header' })
    expect(parseDncmLine('0470123456;2024-02-30', false)).toEqual({
      kind: 'problem',
      problem: 'invalid_date',
    })
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (line, first) => {
        const parsed = parseDncmLine(line, first)
        if (parsed.kind === 'number') expect(parsed.e164).toMatch(/^\+\d{8,15}$/)
      }),
    )
  })

  it('dates of the list and of its file name', () => {
    expect(parseListDate('2026-12-05')).toBe('2026-12-05')
    expect(parseListDate('5/12/2026')).toBe('2026-12-05')
    expect(parseListDate('31/02/2026')).toBeNull()
    expect(dateInFileName('dncm_20261205.txt')).toBe('2026-12-05')
    expect(dateInFileName('list.txt')).toBeNull()
  })
})
