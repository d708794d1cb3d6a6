import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsvText } from '../../lib/csv'
import {
  type ImportHeader,
  parseImportDate,
  parseImportLanguage,
  type RowResult,
  readHeader,
  readImportRow,
} from './import-row'

function header(line: string): ImportHeader {
  const result = readHeader({ line: 1, fields: line.split(';') })
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.header
}

const row = (h: ImportHeader, line: string, at = 2): RowResult =>
  readImportRow(h, { line: at, fields: line.split(';') })

describe('import header', () => {
  it('maps columns case-insensitively, with common Dutch and French spellings', () => {
    const h = header(' Name ;E-mail;Telefoon;Rijksregisternummer;LANGUAGE;customer_number;Customer System')
    expect(h.columns).toEqual([
      'name',
      'email',
      'phone',
      'national_number',
      'language',
      'customer_number',
      'customer_system',
    ])
    expect(h.labels.email).toBe('E-mail')
  })

  it('refuses unknown, repeated and missing columns', () => {
    const result = readHeader({ line: 1, fields: ['emial', 'email', 'Email', 'customer_number'] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => i.column)).toEqual(['emial', 'Email', 'name', 'customer_number'])
  })
})

describe('import lines', () => {
  const h = header(
    'name;email;phone;national_number;language;relationship;relationship_start;relationship_end;customer_number;customer_system;last_contact;contract_end',
  )

  it('reads a complete line', () => {
    const result = row(
      h,
      'Jan Peeters;JAN@example.be;0470 12 34 56;85.07.30-033.28;NL;Client;01/02/2020;;C-1;teamleader;2024-05-03;31.12.2025',
    )
    expect(result).toMatchObject({
      kind: 'row',
      row: {
        line: 2,
        name: 'Jan Peeters',
        language: 'nl',
        relationship: { key: 'client', startedOn: '2020-02-01', endedOn: null },
        events: [
          { kind: 'last_contact', occurredOn: '2024-05-03' },
          { kind: 'contract_end', occurredOn: '2025-12-31' },
        ],
      },
    })
    if (result.kind !== 'row') return
    expect(result.row.identities.map((i) => [i.kind, i.value, i.column])).toEqual([
      ['email', 'jan@example.be', 'email'],
      ['phone', '+32470123456', 'phone'],
      ['national_number', '85073003328', 'national_number'],
      ['customer_number', 'C-1', 'customer_number'],
    ])
  })

  it('reports every bad column of a line with the line number', () => {
    const result = row(h, 'X;nope;12;85.07.30-033.29;de;;2020-01-01;;C-1;;31/02/2024;', 7)
    expect(result.kind).toBe('invalid')
    if (result.kind !== 'invalid') return
    expect(result.issues.map((i) => [i.line, i.column])).toEqual([
      [7, 'language'],
      [7, 'email'],
      [7, 'phone'],
      [7, 'national_number'],
      [7, 'customer_system'],
      [7, 'relationship'],
      [7, 'last_contact'],
    ])
  })

  it('needs an identifier, skips blank lines and flags extra fields', () => {
    expect(row(h, 'Only a name')).toMatchObject({ kind: 'invalid', issues: [{ column: null }] })
    expect(row(h, ' ; ;')).toEqual({ kind: 'blank' })
    expect(row(h, `A;a@b.be${';'.repeat(11)}extra`)).toMatchObject({ kind: 'invalid' })
    expect(row(h, 'A;a@b.be')).toMatchObject({ kind: 'row' })
  })

  it('never throws on any line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        for (const record of await readCsvText(text, { separator: ';' })) readImportRow(h, record)
      }),
      { numRuns: 500 },
    )
  })
})

describe('dates and languages', () => {
  it('reads ISO and Belgian day-first dates, and refuses impossible ones', () => {
    expect(parseImportDate('2024-02-29')).toBe('2024-02-29')
    expect(parseImportDate('1/3/2024')).toBe('2024-03-01')
    expect(parseImportDate('01-03-2024')).toBe('2024-03-01')
    expect(parseImportDate('2023-02-29')).toBeNull()
    expect(parseImportDate('03/13/2024')).toBeNull()
    expect(parseImportDate('yesterday')).toBeNull()
  })

  it('reads language codes and names', () => {
    expect(parseImportLanguage('NL-BE')).toBe('nl')
    expect(parseImportLanguage('Français')).toBe('fr')
    expect(parseImportLanguage('engels')).toBe('en')
    expect(parseImportLanguage('de')).toBeNull()
  })
})
