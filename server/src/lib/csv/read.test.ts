import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvEncodingError } from './decode'
import { type CsvSeparator, detectSeparator, readCsv, readCsvText } from './read'
import { csvRecords } from './write'

const fields = async (text: string, separator?: CsvSeparator) =>
  (await readCsvText(text, separator ? { separator } : {})).map((r) => r.fields)

/** Writes rows for a reader test: no byte order mark, formulas kept as they are. */
const toCsv = (rows: readonly (readonly string[])[], delimiter: CsvSeparator = ',') =>
  csvRecords(rows, { delimiter, bom: false, escapeFormulas: false })

async function* chunks(parts: (string | Uint8Array)[]) {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part
}

// Characters that matter to CSV, mixed with ordinary and non-ASCII text.
const tricky = fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', ' ', 'a', 'é', '\uFEFF', '€', '""')
const field = fc.oneof(
  fc.string(),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
)
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 })
const separator = fc.constantFrom<CsvSeparator>(',', ';', '\t')

describe('CSV reader (csv-parse, streaming)', () => {
  it('reads a semicolon file from a Belgian Excel: BOM, CRLF, quoted fields with separators and newlines', async () => {
    const text = '\uFEFFname;email\r\n"Peeters; Jan";jan@example.be\r\n"Multi\r\nline";"say ""hi"""\r\n'
    expect(await readCsvText(text)).toEqual([
      { line: 1, fields: ['name', 'email'] },
      { line: 2, fields: ['Peeters; Jan', 'jan@example.be'] },
      { line: 3, fields: ['Multi\r\nline', 'say "hi"'] },
    ])
  })

  it('numbers records by the physical line they start on, skipping blank lines', async () => {
    const text = 'a,b\n\n"x\ny",z\n\nlast,1'
    expect((await readCsvText(text)).map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['x\ny', 'z']],
      [6, ['last', '1']],
    ])
    const mixed = 'a,b\r\n"x\r\ny",z\r\n\rlast,1\nq,"r\r\ns"\rt'
    expect((await readCsvText(mixed)).map((r) => r.line)).toEqual([1, 2, 5, 6, 8])
  })

  it('accepts LF, CRLF and lone CR line ends and a missing final line end', async () => {
    expect(await fields('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(await fields('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(await fields('a,\r\n,d\r\n')).toEqual([
      ['a', ''],
      ['', 'd'],
    ])
  })

  it('keeps a stray quote inside a field literally', async () => {
    expect(await fields('12" screen,ok')).toEqual([['12" screen', 'ok']])
    expect(await fields('"abc"def,x\nnext,y')).toEqual([
      ['"abc"def', 'x'],
      ['next', 'y'],
    ])
  })

  it('names the line of a quoted field that is never closed', async () => {
    const records = await readCsvText('a,b\n"never closed,c\nd,e')
    expect(records[0]).toEqual({ line: 1, fields: ['a', 'b'] })
    expect(records[1]).toMatchObject({
      fields: [],
      line: 2,
      problem: expect.stringMatching(/line 2 is never closed/),
    })
  })

  it('detects the separator from the header line, ignoring separators inside quotes', async () => {
    expect(detectSeparator('name;email;phone\n1,2,3,4,5')).toBe(';')
    expect(detectSeparator('"a;b;c",d\n')).toBe(',')
    expect(detectSeparator('name\tphone')).toBe('\t')
    expect(detectSeparator('name')).toBe(',')
    expect(await fields('\uFEFFname;email\nJan, Piet;jan@example.be\n')).toEqual([
      ['name', 'email'],
      ['Jan, Piet', 'jan@example.be'],
    ])
  })

  it('round-trips any rows through the writer and the reader, with the line each record starts on', async () => {
    await fc.assert(
      fc.asyncProperty(rows, separator, async (input, sep) => {
        const records = await readCsvText(toCsv(input, sep), { separator: sep })
        expect(records.map((r) => r.fields)).toEqual(input)
        let line = 1
        input.forEach((row, index) => {
          expect(records[index]?.line).toBe(line)
          line += toCsv([row], sep).match(/\r\n|\r|\n/g)?.length ?? 0
        })
      }),
      { numRuns: 300 },
    )
  })

  it('round-trips with the separator detected when the header is plain names', async () => {
    const header = fc.array(fc.stringMatching(/^[a-z_]{1,12}$/), { minLength: 2, maxLength: 6 })
    await fc.assert(
      fc.asyncProperty(header, rows, separator, async (names, body, sep) => {
        const records = await readCsvText(`\uFEFF${toCsv([names, ...body], sep)}`)
        expect(records.map((r) => r.fields)).toEqual([names, ...body])
      }),
      { numRuns: 200 },
    )
  })

  it('reads the same records whatever the chunks the file arrives in', async () => {
    await fc.assert(
      fc.asyncProperty(rows, separator, fc.array(fc.nat(), { maxLength: 6 }), async (input, sep, cuts) => {
        const bytes = Buffer.from(toCsv(input, sep))
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
        const parts = [0, ...at, bytes.length]
          .slice(1)
          .map((end, i, ends) => bytes.subarray(i ? ends[i - 1] : 0, end))
        const records = []
        for await (const record of readCsv(chunks([bytes.subarray(0, 0), ...parts]), { separator: sep }))
          records.push(record)
        expect(records).toEqual(await readCsvText(toCsv(input, sep), { separator: sep }))
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on garbage: every record has sane line numbers, a problem names its line', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(tricky, { maxLength: 80 }).map((p) => p.join('')),
    )
    await fc.assert(
      fc.asyncProperty(text, fc.option(separator, { nil: undefined }), async (input, sep) => {
        const records = await readCsvText(input, sep ? { separator: sep } : {})
        const lines = input.split(/\r\n|\n|\r/).length
        let previous = 0
        for (const record of records) {
          expect(record.line).toBeGreaterThan(previous)
          expect(record.line).toBeLessThanOrEqual(lines)
          if (record.problem) expect(record.problem).toMatch(/line \d+/)
          else expect(record.fields.length).toBeGreaterThan(0)
          previous = record.line
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('decoding an upload', () => {
  const read = async (bytes: number[], charset?: string) =>
    (
      await (async () => {
        const out = []
        for await (const r of readCsv(chunks([new Uint8Array(bytes)]), { charset })) out.push(r)
        return out
      })()
    ).map((r) => r.fields)

  it('decodes UTF-8 and drops the byte order mark', async () => {
    expect(await read([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('naam;é')])).toEqual([['naam', 'é']])
  })

  it('falls back to Windows-1252 for bytes that are not UTF-8, or when it is declared', async () => {
    const bytes = [0x4a, 0xe9, 0x72, 0xf4, 0x6d, 0x65, 0x3b, 0x80]
    expect(await read(bytes)).toEqual([['Jérôme', '€']])
    expect(await read([0xc3, 0xa9], 'windows-1252')).toEqual([['Ã©']])
  })

  it('keeps a UTF-8 character cut between two chunks', async () => {
    const e = new TextEncoder().encode('é')
    const records = []
    for await (const r of readCsv(chunks(['a;', e.subarray(0, 1), e.subarray(1), '\n']))) records.push(r)
    expect(records).toEqual([{ line: 1, fields: ['a', 'é'] }])
  })

  it('stops with an encoding error when bytes after the first 64 KiB are not UTF-8', async () => {
    const start = `name\n${'x\n'.repeat(40_000)}`
    const reading = (async () => {
      for await (const _ of readCsv(chunks([start, new Uint8Array([0xe9, 0x0a])]))) {
        // reading
      }
    })()
    await expect(reading).rejects.toBeInstanceOf(CsvEncodingError)
  })
})
