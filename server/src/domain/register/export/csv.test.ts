import { describe, expect, it } from 'vitest'
import { exportTestRegister, loadWorkbook } from '../../../../test/fixtures/register-export'
import { csvCell, registerToCsv } from './csv'
import { registerToXlsx, XLSX_HEADER_ROW } from './xlsx'

const NOW = new Date('2024-03-15T10:00:00Z')

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === delimiter) {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

function recordsOf(csv: string, delimiter = ','): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''), delimiter)
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
}

describe('registerToCsv', () => {
  const csv = registerToCsv(exportTestRegister(), 'nl', { now: NOW })

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFReferentie,Verwerkingsactiviteit,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(exportTestRegister().activities.length + 2)
  })

  it('has the headers of the XLSX controller sheet, then the controllers of processor activities', async () => {
    const workbook = await loadWorkbook(await registerToXlsx(exportTestRegister(), 'nl', { now: NOW }))
    const sheet = workbook.worksheets[1]
    const xlsxHeaders: string[] = []
    sheet?.getRow(XLSX_HEADER_ROW).eachCell((cell) => {
      xlsxHeaders.push(String(cell.value))
    })
    const [header] = parseCsv(csv.slice(1))
    expect(header).toEqual([...xlsxHeaders, 'Verwerkingsverantwoordelijken voor wie verwerkt wordt'])
  })

  it('has one row per activity, controller and processor, parsable back', () => {
    const records = recordsOf(csv)
    expect(records.map((r) => r.Referentie)).toEqual([
      'bookkeeping',
      'marketing',
      'sick-leave',
      'client-collection',
    ])
    const marketing = records[1]
    expect(marketing?.['Categorieën van betrokkenen *']).toBe('Klanten; Prospecten')
    expect(marketing?.['Rechtsgrond (art. 6 AVG)']).toBe(
      'Nieuwsbrief – Gerechtvaardigd belang (art. 6.1.f AVG); Direct marketing en nieuwsbrieven – Toestemming (art. 6.1.a AVG)',
    )
    expect(records[0]?.['Bewaartermijnen *']).toBe(
      'Boekhouding: 7 jaar – 7 jaar na de factuurdatum, daarna wissen (WER/CDE art. III.88)',
    )
    expect(records[3]?.['Rol van de organisatie']).toBe('Verwerker')
    expect(records[3]?.['Verwerkingsverantwoordelijken voor wie verwerkt wordt']).toBe('Klant BV')
  })

  it('neutralises a formula and escapes quotes', () => {
    const description = recordsOf(csv)[1]?.Beschrijving
    expect(description).toBe(`'=HYPERLINK("https://evil.example","klik"), met "aanhalingstekens"`)
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""klik""), met ""aanhalingstekens"""`)
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+32 9 123 45 67', "'+32 9 123 45 67"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('csvCell(%j) is %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('can use a semicolon for a Belgian Excel', () => {
    const semicolon = registerToCsv(exportTestRegister(), 'fr', { delimiter: ';', now: NOW })
    const records = recordsOf(semicolon, ';')
    expect(records[0]?.['Activité de traitement']).toBe('Comptabilité des clients')
    expect(records[1]?.['Catégories de personnes concernées *']).toBe('Clients; Prospects')
  })
})
