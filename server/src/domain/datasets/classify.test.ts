import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidNationalNumber, nationalNumberFor } from '../national-number'
import { DATA_CATEGORY_BY_KEY } from '../register/catalogue'
import { type ColumnEvidence, classifyColumn } from './classify'
import { isAmountName, nameTokens } from './column-names'

const CUSTOMER_COLUMNS = [
  'customer_id',
  'first_name',
  'last_name',
  'company',
  'address',
  'city',
  'state',
  'email',
]
const column = (partial: Partial<ColumnEvidence> & Pick<ColumnEvidence, 'column'>): ColumnEvidence => ({
  table: 'customer',
  type: 'text',
  samples: [],
  tableColumns: CUSTOMER_COLUMNS,
  ...partial,
})

const EMAILS = [
  'luisg@embraer.com.br',
  'leonekohler@surfeu.de',
  'ftremblay@gmail.com',
  'bjorn.hansen@yahoo.no',
]
const PHONES = [
  '+55 (12) 3923-5555',
  '+49 0711 2842222',
  '+1 (514) 721-4711',
  '+47 22 44 22 22',
  '0470 12 34 56',
]
const NEUTRAL_NAMES = ['col_a', 'value', 'data', 'extra', 'field7', 'notes', 'opmerking', 'remarque', 'x']

describe('classifyColumn on chinook-like columns', () => {
  it('finds an e-mail column by name and content, with reasons', () => {
    const result = classifyColumn(column({ column: 'email', samples: [...EMAILS, ...EMAILS] }))
    expect(result).toMatchObject({ detected: 'email', category: 'contact_details', identity: 'email' })
    expect(result?.confidence).toBeGreaterThanOrEqual(0.9)
    expect(result?.reasons).toEqual(["name matches 'email'", '8/8 samples are e-mail addresses'])
  })

  it('finds phones (identity) and faxes (no identity)', () => {
    expect(classifyColumn(column({ column: 'phone', samples: PHONES }))).toMatchObject({
      detected: 'phone',
      identity: 'phone',
      category: 'contact_details',
    })
    const fax = classifyColumn(column({ column: 'Fax', samples: PHONES }))
    expect(fax).toMatchObject({ detected: 'fax', category: 'contact_details' })
    expect(fax?.identity).toBeUndefined()
  })

  it('reads names, addresses and dates by name in nl, fr and en naming habits', () => {
    const cases: [string, string, ColumnEvidence['type'], string][] = [
      ['first_name', 'first_name', 'text', 'identification'],
      ['FirstName', 'first_name', 'text', 'identification'],
      ['voornaam', 'first_name', 'text', 'identification'],
      ['prenom', 'first_name', 'text', 'identification'],
      ['achternaam', 'last_name', 'text', 'identification'],
      ['BillingAddress', 'address', 'text', 'contact_details'],
      ['straat', 'address', 'text', 'contact_details'],
      ['gemeente', 'city', 'text', 'contact_details'],
      ['billing_postal_code', 'postcode', 'text', 'contact_details'],
      ['PostalCode', 'postcode', 'text', 'contact_details'],
      ['state', 'region', 'text', 'contact_details'],
      ['birth_date', 'birth_date', 'timestamp', 'identification'],
      ['geboortedatum', 'birth_date', 'date', 'identification'],
      ['date_naissance', 'birth_date', 'date', 'identification'],
      ['E-Mail', 'email', 'text', 'contact_details'],
      ['gsm', 'phone', 'text', 'contact_details'],
      ['telefoon', 'phone', 'text', 'contact_details'],
      ['rekeningnummer', 'iban', 'text', 'bank_details'],
      ['ip_address', 'ip_address', 'text', 'ip_device'],
      ['niss', 'national_number', 'text', 'national_register_number'],
      ['ondernemingsnummer', 'enterprise_number', 'text', 'identification'],
      ['name', 'full_name', 'text', 'identification'],
      ['address2', 'address', 'text', 'contact_details'],
      ['address_line_1', 'address', 'text', 'contact_details'],
      ['district', 'region', 'text', 'contact_details'],
      ['picture', 'picture', 'other', 'images'],
      ['pasfoto', 'picture', 'other', 'images'],
      ['notes', 'notes', 'text', 'correspondence'],
      ['opmerkingen', 'notes', 'text', 'correspondence'],
      ['salary', 'salary', 'decimal', 'payroll_social_security'],
      ['brutoloon', 'salary', 'decimal', 'payroll_social_security'],
      ['job_title', 'job_title', 'text', 'professional_data'],
      ['functie', 'job_title', 'text', 'professional_data'],
    ]
    for (const [name, detected, type, category] of cases) {
      const result = classifyColumn(column({ column: name, type }))
      expect(result, name).toMatchObject({ detected, category })
      expect(result?.reasons, name).toContain('no values to sample')
    }
  })

  it('ignores columns that hold nothing personal', () => {
    const ms = classifyColumn(
      column({ table: 'track', column: 'milliseconds', type: 'integer', samples: [343719, 342562, 230619] }),
    )
    expect(ms).toBeNull()
    const tables: [string, string[]][] = [
      ['album', ['album_id', 'title', 'artist_id']],
      ['artist', ['artist_id', 'name']],
      ['genre', ['genre_id', 'name']],
      ['track', ['track_id', 'name', 'composer', 'unit_price']],
    ]
    for (const [table, columns] of tables) {
      for (const name of columns.filter((c) => !c.endsWith('_id'))) {
        const samples = ['For Those About To Rock', 'Balls to the Wall', 'Rock', 'AC/DC', 'Jazz']
        expect(
          classifyColumn({ table, column: name, type: 'text', samples, tableColumns: columns }),
          name,
        ).toBeNull()
      }
    }
    expect(
      classifyColumn(column({ column: 'company_name', samples: ['Embraer', 'JetBrains s.r.o.', 'Apple'] })),
    ).toBeNull()
  })

  it('takes pictures and notes for a person only in a table of people', () => {
    const film = { table: 'film', type: 'other' as const, samples: [], tableColumns: ['film_id', 'title'] }
    expect(classifyColumn({ ...film, column: 'picture' })).toBeNull()
    expect(classifyColumn({ ...film, column: 'notes', type: 'text' })).toBeNull()
    expect(classifyColumn({ ...film, table: 'staff', column: 'picture' })).toMatchObject({
      category: 'images',
    })
    expect(isAmountName('amount')).toBe(true)
    expect(isAmountName('TotalPaid')).toBe(true)
    expect(isAmountName('bedrag_incl')).toBe(true)
    expect(isAmountName('rental_rate')).toBe(false)
  })

  it('proposes the customer table key as a customer number, never a foreign key', () => {
    expect(
      classifyColumn(column({ column: 'customer_id', type: 'integer', primaryKey: true })),
    ).toMatchObject({
      identity: 'customer_number',
    })
    const fk = {
      table: 'invoice',
      column: 'customer_id',
      type: 'integer' as const,
      samples: [1, 2],
      foreignKey: true,
    }
    expect(classifyColumn(fk)).toBeNull()
    expect(
      classifyColumn({ table: 'album', column: 'album_id', type: 'integer', samples: [], primaryKey: true }),
    ).toBeNull()
  })

  it('lets content outweigh the name', () => {
    const ibans = [
      'BE68 5390 0754 7034',
      'BE71096123456769',
      'NL91ABNA0417164300',
      'FR1420041010050500013M02606',
    ]
    const notes = classifyColumn(column({ column: 'opmerking', samples: ibans }))
    expect(notes).toMatchObject({ detected: 'iban', category: 'bank_details' })
    expect(notes?.reasons).toEqual(['4/4 samples are valid IBANs'])
    const mislabelled = classifyColumn(column({ column: 'phone', samples: EMAILS }))
    expect(mislabelled).toMatchObject({ detected: 'email', identity: 'email' })
    expect(
      classifyColumn(column({ column: 'vat_rate', type: 'decimal', samples: [0.21, 0.06, 0.12, 0] })),
    ).toBeNull()
  })

  it('wants valid check digits for a national register number', () => {
    const valid = [
      '85.07.30-033.28',
      nationalNumberFor('1990-02-14', 12),
      nationalNumberFor('2003-11-01', 998),
    ]
    const good = classifyColumn(column({ column: 'rijksregisternummer', samples: valid }))
    expect(good).toMatchObject({ detected: 'national_number', identity: 'national_number' })
    expect(good?.reasons).toContain('3/3 samples are national register numbers with valid check digits')
    expect(good?.confidence).toBeGreaterThan(0.9)
    const bad = ['85073003327', '90021401299', '12345678901', '85.07.30-033.29']
    expect(classifyColumn(column({ column: 'rijksregisternummer', samples: bad }))).toBeNull()
  })

  it('finds national numbers whose birth date is partial or unknown (day counter ran out, month 00, 1900-00-01)', () => {
    const partial = ['85.07.35-001.07', '85.47.35-001.93', '85.27.35-001.50', '00000000128', '00000100166']
    expect(classifyColumn(column({ column: 'notes', samples: partial }))).toMatchObject({
      detected: 'national_number',
      reasons: ['5/5 samples are national register numbers with valid check digits'],
    })
  })

  it('finds enterprise numbers in the ways Belgians write them', () => {
    const written = [
      '0403.019.261',
      'BE0403019261',
      'BE 403 019 261',
      '(0)403019261',
      '403019261',
      'BE 0428.759.497',
    ]
    expect(classifyColumn(column({ column: 'notes', samples: written }))).toMatchObject({
      detected: 'enterprise_number',
      reasons: ['6/6 samples are enterprise numbers with valid check digits'],
    })
  })
})

describe('classifyColumn properties', () => {
  const birthDate = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))
  const nationalNumber = fc
    .tuple(birthDate, fc.integer({ min: 1, max: 998 }), fc.boolean())
    .map(([date, counter, dotted]) => {
      const digits = nationalNumberFor(date, counter)
      return dotted
        ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`
        : digits
    })

  it('finds national numbers by content under any neutral column name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NEUTRAL_NAMES),
        fc.array(nationalNumber, { minLength: 3, maxLength: 40 }),
        (name, samples) => {
          const result = classifyColumn(column({ column: name, samples }))
          expect(result).toMatchObject({ detected: 'national_number', identity: 'national_number' })
          expect(result?.confidence).toBeGreaterThanOrEqual(0.85)
        },
      ),
    )
  })

  it('never takes numbers with wrong check digits for national numbers', () => {
    const wrong = fc
      .tuple(nationalNumber, fc.integer({ min: 1, max: 96 }))
      .map(([nn, shift]) => {
        const digits = nn.replace(/\D/g, '')
        const check = (Number(digits.slice(9)) + shift) % 100
        return `${digits.slice(0, 9)}${String(check).padStart(2, '0')}`
      })
      .filter((s) => !isValidNationalNumber(s))
    fc.assert(
      fc.property(fc.array(wrong, { minLength: 5, maxLength: 40 }), (samples) => {
        expect(classifyColumn(column({ column: 'rijksregisternummer', samples }))).toBeNull()
        expect(classifyColumn(column({ column: 'notes', samples }))?.detected).not.toBe('national_number')
      }),
    )
  })

  it('finds e-mail addresses by content under any neutral column name', () => {
    const email = fc.emailAddress().filter((e) => /\.[a-z]{2,}$/i.test(e) && !/\s/.test(e))
    fc.assert(
      fc.property(
        fc.constantFrom(...NEUTRAL_NAMES),
        fc.array(email, { minLength: 3, maxLength: 30 }),
        (name, samples) => {
          expect(classifyColumn(column({ column: name, samples }))).toMatchObject({ identity: 'email' })
        },
      ),
    )
  })

  const anyEvidence = fc.record({
    table: fc.oneof(fc.constantFrom('customer', 'track', 'klant', 'invoice'), fc.string({ maxLength: 20 })),
    column: fc.oneof(
      fc.constantFrom('email', 'phone', 'name', 'iban', 'birth_date', 'niss', 'city', 'state', 'total', 'ip'),
      fc.string({ maxLength: 30 }),
    ),
    type: fc.constantFrom('text', 'integer', 'decimal', 'date', 'timestamp', 'boolean', 'other' as const),
    samples: fc.array(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.integer(),
        fc.double(),
        fc.constantFrom(...EMAILS, ...PHONES),
      ),
      {
        maxLength: 30,
      },
    ),
    primaryKey: fc.boolean(),
    tableColumns: fc.array(fc.oneof(fc.constantFrom(...CUSTOMER_COLUMNS), fc.string({ maxLength: 12 })), {
      maxLength: 8,
    }),
  })

  it('answers null or a category of the catalogue, a confidence in 0..1 and at least one reason', () => {
    fc.assert(
      fc.property(anyEvidence, (evidence) => {
        const result = classifyColumn(evidence)
        if (result === null) return
        expect(DATA_CATEGORY_BY_KEY.has(result.category)).toBe(true)
        expect(result.confidence).toBeGreaterThan(0)
        expect(result.confidence).toBeLessThan(1)
        expect(result.reasons.length).toBeGreaterThan(0)
      }),
    )
  })

  it('does not depend on the order of the samples, and foreign keys are never classified', () => {
    fc.assert(
      fc.property(anyEvidence, fc.integer(), (evidence, seed) => {
        const shuffled = [...evidence.samples].sort(() => (seed % 3) - 1).reverse()
        expect(classifyColumn({ ...evidence, samples: shuffled })).toEqual(classifyColumn(evidence))
        expect(classifyColumn({ ...evidence, foreignKey: true })).toBeNull()
      }),
    )
  })

  it('splits names into lower-case tokens whatever the case style', () => {
    expect(nameTokens('BillingPostalCode')).toEqual(['billing', 'postal', 'code'])
    expect(nameTokens('e_mail')).toEqual(['e', 'mail'])
    expect(nameTokens('IPAddress')).toEqual(['ip', 'address'])
    expect(nameTokens('Prénom')).toEqual(['prenom'])
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 4 }), (words) => {
        const pascal = words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('')
        expect(nameTokens(words.join('_'))).toEqual(words)
        expect(nameTokens(pascal)).toEqual(words)
      }),
    )
  })
})
