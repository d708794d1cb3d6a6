import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cellValue } from '../../domain/packages/values'
import { readCsvText } from './read'
import { type CsvValue, csvDocument, csvRecords, neutraliseFormula } from './write'

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
  '\uFF1D',
)
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')),
)

const read = async (csv: string, separator: ',' | ';' = ',') => {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return (await readCsvText(csv, { separator })).map((r) => {
    expect(r.problem).toBeUndefined()
    return r.fields
  })
}

/** One cell as written (no byte order mark, no line end). */
const cell = (value: CsvValue, delimiter: ',' | ';' = ',') =>
  csvRecords([[value, 'x']], { bom: false, delimiter }).slice(0, -(delimiter.length + 3))

describe('CSV writer (RFC 4180, UTF-8 with BOM, no formula injection)', () => {
  it('round-trips any text through the reader, formulas neutralised, with either separator', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.tuple(
              fc.array(text, { minLength: width, maxLength: width }),
              fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 8 }),
            ),
          ),
        fc.constantFrom<',' | ';'>(',', ';'),
        async ([header, rows], delimiter) => {
          const parsed = await read(csvDocument(header, rows, { delimiter }), delimiter)
          expect(parsed).toEqual([header, ...rows].map((r) => r.map(neutraliseFormula)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+32 9 123 45 67', "'+32 9 123 45 67"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
    ['plain', 'plain'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
  ])('writes the text %j as %j', (input, expected) => {
    expect(cell(input)).toBe(expected)
  })

  it('quotes a semicolon only when it is the separator', () => {
    expect(cell('a;b')).toBe('a;b')
    expect(cell('a;b', ';')).toBe('"a;b"')
    expect(cell('a,b', ';')).toBe('a,b')
  })

  it('writes numbers from the system as numbers, text that looks like a number as text', () => {
    expect(cell(cellValue(-3))).toBe('-3')
    expect(cell(cellValue(12.5))).toBe('12.5')
    expect(cell(cellValue(-9007199254740993n))).toBe('-9007199254740993')
    expect(cell(cellValue('-3'))).toBe("'-3")
    expect(cell(cellValue('+32 475 12 34 56'))).toBe("'+32 475 12 34 56")
    expect(cell(true)).toBe('true')
    expect(cell(null)).toBe('')
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

  it('ends every line with CRLF and keeps a lone empty field from becoming a blank line', async () => {
    expect(csvDocument(['a'], [[''], ['x'], [null]])).toBe('\uFEFFa\r\n""\r\nx\r\n""\r\n')
    expect(await read(csvDocument(['a'], [[''], ['x']]))).toEqual([['a'], [''], ['x']])
  })

  it('quotes a field that starts with a byte order mark, so that a reader keeps it', async () => {
    expect(cell('\uFEFFx')).toBe('"\uFEFFx"')
    expect(await read(csvDocument(['\uFEFFa'], [['b']]))).toEqual([['\uFEFFa'], ['b']])
  })
})
