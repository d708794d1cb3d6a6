import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nationalNumberFor } from '../national-number'
import { maskEmail, maskPhone, maskReference, normaliseIdentity, planSearch } from './identity'

const ok = (input: Parameters<typeof normaliseIdentity>[0]) => {
  const result = normaliseIdentity(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}
const problems = (input: Parameters<typeof normaliseIdentity>[0]) => {
  const result = normaliseIdentity(input)
  return result.ok ? [] : result.problems
}

describe('identity normalisation', () => {
  it('lower-cases e-mail addresses and masks them', () => {
    expect(ok({ kind: 'email', value: '  Jan.Peeters@Example.BE ' })).toEqual({
      kind: 'email',
      systemKey: '',
      value: 'jan.peeters@example.be',
      lookupValue: 'jan.peeters@example.be',
      masked: 'j•••@example.be',
    })
    expect(problems({ kind: 'email', value: 'not an address' })).toEqual([
      { field: 'value', code: 'email_invalid', message: 'Not a valid e-mail address' },
    ])
  })

  it('normalises phone numbers to E.164 from any usual Belgian or international format', () => {
    for (const input of ['0470 12 34 56', '+32 470 12 34 56', '0032470123456', '0470/12.34.56']) {
      expect(ok({ kind: 'phone', value: input }).value).toBe('+32470123456')
    }
    expect(ok({ kind: 'phone', value: '0470123456' }).masked).toBe('+32•••••••56')
    expect(problems({ kind: 'phone', value: '12' })[0]?.field).toBe('value')
  })

  it('validates national register numbers with their check digits (incl. births from 2000 and BIS)', () => {
    expect(ok({ kind: 'national_number', value: '85.07.30-033.28' })).toMatchObject({
      value: '85073003328',
      lookupValue: '85073003328',
      masked: '••.••.••-•••.28',
    })
    expect(ok({ kind: 'national_number', value: '17073003384' }).value).toBe('17073003384')
    const bis = nationalNumberFor('1990-05-17', 123, { kind: 'bis' })
    expect(ok({ kind: 'national_number', value: bis }).value).toBe(bis)
    expect(problems({ kind: 'national_number', value: '85.07.30-033.29' })).toEqual([
      { field: 'value', code: 'national_number_checksum', message: expect.stringMatching(/check digits/) },
    ])
    expect(problems({ kind: 'national_number', value: '1234' })[0]?.message).toMatch(/11 digits/)
  })

  it('takes national numbers whose birth date is partial or unknown, masked like any other, and finds them', () => {
    for (const written of ['85.07.35-001.07', '85.47.35-001.93', '85.27.35-001.50', '00.00.01-001.66']) {
      const digits = written.replace(/\D/g, '')
      expect(ok({ kind: 'national_number', value: written })).toMatchObject({
        value: digits,
        masked: `••.••.••-•••.${digits.slice(9)}`,
      })
      expect(planSearch(written, []).candidates).toContainEqual({
        kind: 'national_number',
        systemKey: '',
        lookupValue: digits,
      })
    }
    expect(problems({ kind: 'national_number', value: '85.13.30-001.05' })[0]?.message).toMatch(/no month/)
  })

  it('never puts the national number in the masked form', () => {
    const birth = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(birth, fc.integer({ min: 1, max: 998 }), (date, counter) => {
        const digits = nationalNumberFor(date, counter)
        const identity = ok({ kind: 'national_number', value: digits })
        expect(identity.masked.replace(/\D/g, '')).toBe(digits.slice(9))
      }),
    )
  })

  it('requires a system for customer and file numbers and compares them case-insensitively', () => {
    expect(problems({ kind: 'customer_number', value: 'C-1' })).toEqual([
      { field: 'systemKey', code: 'system_required', message: expect.any(String) },
    ])
    expect(problems({ kind: 'customer_number', value: 'C-1', systemKey: 'Team Leader' })[0]?.field).toBe(
      'systemKey',
    )
    const a = ok({ kind: 'customer_number', value: ' c-1234 ', systemKey: 'teamleader' })
    const b = ok({ kind: 'customer_number', value: 'C-1234', systemKey: 'teamleader' })
    expect(a.lookupValue).toBe(b.lookupValue)
    expect(a).toMatchObject({ value: 'c-1234', systemKey: 'teamleader', masked: '•••234' })
    expect(ok({ kind: 'other', value: 'X' }).systemKey).toBe('')
    expect(problems({ kind: 'email', value: 'a@b.be', systemKey: 'crm' })[0]?.field).toBe('systemKey')
  })

  it('masks references and odd input without throwing', () => {
    expect(maskReference('abc')).toBe('•••')
    expect(maskEmail('@x')).toBe('•••')
    expect(maskPhone('+3212')).toBe('•••••')
    fc.assert(
      fc.property(
        fc.constantFrom(
          'email',
          'phone',
          'national_number',
          'customer_number',
          'file_number',
          'other' as const,
        ),
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (kind, value, systemKey) => {
          normaliseIdentity({ kind, value, systemKey })
        },
      ),
    )
  })
})

describe('search planning', () => {
  const systems = [{ kind: 'customer_number' as const, systemKey: 'teamleader' }]

  it('reads an e-mail address as an e-mail only', () => {
    const plan = planSearch(' Jan@Example.be ', systems)
    expect(plan.candidates).toContainEqual({ kind: 'email', systemKey: '', lookupValue: 'jan@example.be' })
    expect(plan.namePrefix).toBeNull()
  })

  it('reads a national number with punctuation, and also as a customer number', () => {
    const plan = planSearch('85.07.30-033.28', systems)
    expect(plan.candidates).toContainEqual({
      kind: 'national_number',
      systemKey: '',
      lookupValue: '85073003328',
    })
    expect(plan.interpretedAs).toEqual(expect.arrayContaining(['national_number', 'customer_number']))
  })

  it('reads a phone number in another format, and a name prefix', () => {
    const phone = planSearch('0470/12 34 56', systems)
    expect(phone.candidates).toContainEqual({ kind: 'phone', systemKey: '', lookupValue: '+32470123456' })
    const name = planSearch('Peet', systems)
    expect(name.namePrefix).toBe('Peet')
    expect(name.interpretedAs).toContain('name')
  })
})
