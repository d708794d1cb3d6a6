import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../subjects/csv'
import { csvCell, csvDocument, neutraliseFormula } from './csv'
import { cellValue } from './values'

// Characters that matter to CSV and to spreadsheets, mixed with ordinary and non-ASCII text.
const tricky = fc.constantFrom(
  '"',
  ',',
  ';',
  '\n',
  '\r',
  '\r\n',
  ' ',
  'a',
  'é',
  '\uFEFF',
  '€',
  '=',
  '+',
  '-',
  '@',
  '\t',
)
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')),
)

const read = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return parseCsv(csv, { separator: ',' }).records.map((r) => {
    expect(r.problem).toBeUndefined()
    return r.fields
  })
}

describe('package CSV (RFC 4180, UTF-8 with BOM, no formula injection)', () => {
  it('round-trips any text through an RFC 4180 reader, formulas neutralised', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.tuple(
              fc.array(text, { minLength: width, maxLength: width }),
              fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 8 }),
            ),
          ),
        ([header, rows]) => {
          const parsed = read(csvDocument(header, rows))
          expect(parsed).toEqual([header, ...rows].map((r) => r.map(neutraliseFormula)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('prefixes text starting with = + - @ (and tab, carriage return) with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`)
    }
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    )
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell("'quoted")).toBe("'quoted")
  })

  it('writes numbers from the system as numbers, text that looks like a number as text', () => {
    expect(csvCell(cellValue(-3))).toBe('-3')
    expect(csvCell(cellValue(12.5))).toBe('12.5')
    expect(csvCell(cellValue(-9007199254740993n))).toBe('-9007199254740993')
    expect(csvCell(cellValue('-3'))).toBe("'-3")
    expect(csvCell(cellValue('+32 475 12 34 56'))).toBe("'+32 475 12 34 56")
  })

  it('writes dates as ISO 8601, binary as base64, nothing as an empty cell, objects as JSON', () => {
    expect(cellValue(new Date('2026-03-02T13:30:00Z'))).toBe('2026-03-02T13:30:00.000Z')
    expect(cellValue(Buffer.from([0, 1, 2, 250]))).toBe('AAEC+g==')
    expect(cellValue(null)).toBe('')
    expect(cellValue(undefined)).toBe('')
    expect(cellValue(true)).toBe('true')
    expect(cellValue({ a: [1, new Date(0)] })).toBe('{"a":[1,"1970-01-01T00:00:00.000Z"]}')
    expect(cellValue(Number.NaN)).toBe('NaN')
  })

  it('ends every line with CRLF and keeps a lone empty field from becoming a blank line', () => {
    expect(csvDocument(['a'], [[''], ['x']])).toBe('\uFEFFa\r\n""\r\nx\r\n')
    expect(read(csvDocument(['a'], [[''], ['x']]))).toEqual([['a'], [''], ['x']])
  })
})
