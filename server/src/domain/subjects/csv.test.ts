import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CsvSeparator, decodeCsvBytes, detectSeparator, parseCsv, toCsv } from './csv'

const fields = (text: string, separator?: CsvSeparator) =>
  parseCsv(text, separator ? { separator } : {}).records.map((r) => r.fields)

// Characters that matter to CSV, mixed with ordinary and non-ASCII text.
const tricky = fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', ' ', 'a', 'é', '\uFEFF', '€', '""')
const field = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
)
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 })
const separator = fc.constantFrom<CsvSeparator>(',', ';', '\t')

describe('CSV reader (RFC 4180)', () => {
  it('reads a semicolon file from a Belgian Excel: BOM, CRLF, quoted fields with separators and newlines', () => {
    const text = '\uFEFFname;email\r\n"Peeters; Jan";jan@example.be\r\n"Multi\r\nline";"say ""hi"""\r\n'
    const result = parseCsv(text)
    expect(result.separator).toBe(';')
    expect(result.records).toEqual([
      { line: 1, fields: ['name', 'email'] },
      { line: 2, fields: ['Peeters; Jan', 'jan@example.be'] },
      { line: 3, fields: ['Multi\r\nline', 'say "hi"'] },
    ])
  })

  it('numbers records by the physical line they start on, skipping blank lines', () => {
    const text = 'a,b\n\n"x\ny",z\n\nlast,1'
    expect(parseCsv(text).records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['x\ny', 'z']],
      [6, ['last', '1']],
    ])
  })

  it('accepts LF, CRLF and lone CR line ends and a missing final line end', () => {
    expect(fields('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(fields('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(fields('a,\r\n,d\r\n')).toEqual([
      ['a', ''],
      ['', 'd'],
    ])
  })

  it('keeps a stray quote inside an unquoted field literally', () => {
    expect(fields('12" screen,ok')).toEqual([['12" screen', 'ok']])
  })

  it('flags text after a closing quote and a quoted field that is never closed', () => {
    const junk = parseCsv('"abc"def,x\nnext,y')
    expect(junk.records[0]).toMatchObject({ line: 1, fields: ['abcdef', 'x'], problem: expect.any(String) })
    expect(junk.records[1]).toEqual({ line: 2, fields: ['next', 'y'] })
    const open = parseCsv('a,b\n"never closed,c\nd,e')
    expect(open.records[1]).toMatchObject({ line: 2, problem: expect.stringMatching(/never closed/) })
    expect(open.records[1]?.fields).toEqual(['never closed,c\nd,e'])
  })

  it('detects the separator from the header line, ignoring separators inside quotes', () => {
    expect(detectSeparator('name;email;phone\n1,2,3,4,5')).toBe(';')
    expect(detectSeparator('"a;b;c",d\n')).toBe(',')
    expect(detectSeparator('name\tphone')).toBe('\t')
    expect(detectSeparator('name')).toBe(',')
  })

  it('round-trips any rows through the writer and the reader', () => {
    fc.assert(
      fc.property(rows, separator, (input, sep) => {
        expect(fields(toCsv(input, sep), sep)).toEqual(input)
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips with the separator detected when the header is plain names', () => {
    const header = fc.array(fc.stringMatching(/^[a-z_]{1,12}$/), { minLength: 2, maxLength: 6 })
    fc.assert(
      fc.property(header, rows, separator, (names, body, sep) => {
        const result = parseCsv(`\uFEFF${toCsv([names, ...body], sep)}`)
        expect(result.separator).toBe(sep)
        expect(result.records.map((r) => r.fields)).toEqual([names, ...body])
      }),
      { numRuns: 300 },
    )
  })

  it('reports for every record the line it starts on in the written text', () => {
    fc.assert(
      fc.property(rows, separator, (input, sep) => {
        const text = toCsv(input, sep)
        const records = parseCsv(text, { separator: sep }).records
        let line = 1
        input.forEach((row, index) => {
          expect(records[index]?.line).toBe(line)
          const written = toCsv([row], sep)
          line += written.replace(/\r\n/g, '\n').split(/[\n\r]/).length - 1
        })
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary text and always returns records with sane line numbers', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(tricky, { maxLength: 80 }).map((p) => p.join('')),
    )
    fc.assert(
      fc.property(text, fc.option(separator, { nil: undefined }), (input, sep) => {
        const result = parseCsv(input, sep ? { separator: sep } : {})
        const lines = input.split(/\r\n|\n|\r/).length
        let previous = 0
        for (const record of result.records) {
          expect(record.line).toBeGreaterThan(previous)
          expect(record.line).toBeLessThanOrEqual(lines)
          expect(record.fields.length).toBeGreaterThan(0)
          previous = record.line
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('reads a large file quickly', () => {
    const line = '"Peeters, Jan";jan@example.be;0470 12 34 56;85.07.30-033.28;nl\r\n'
    const text = `name;email;phone;national_number;language\r\n${line.repeat(200_000)}`
    const started = performance.now()
    const result = parseCsv(text)
    expect(result.records).toHaveLength(200_001)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('decodeCsvBytes', () => {
  it('decodes UTF-8 and drops the byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naam;é')])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'naam;é', encoding: 'utf-8' })
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65, 0x3b, 0x80])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Jérôme;€', encoding: 'windows-1252' })
  })

  it('follows a declared Western charset even when the bytes happen to be valid UTF-8', () => {
    const bytes = new TextEncoder().encode('é')
    expect(decodeCsvBytes(bytes, 'ISO-8859-1')).toEqual({ text: 'Ã©', encoding: 'windows-1252' })
    expect(decodeCsvBytes(bytes, 'utf-8')).toEqual({ text: 'é', encoding: 'utf-8' })
  })
})
