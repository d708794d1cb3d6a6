import { describe, expect, it } from 'vitest'
import { exportTestRegister, loadWorkbook } from '../../../../test/fixtures/register-export'
import { readCsvText } from '../../../lib/csv'
import { registerToCsv } from './csv'
import { registerToXlsx, XLSX_HEADER_ROW } from './xlsx'

const NOW = new Date('2024-03-15T10:00:00Z')

async function parseCsv(text: string, delimiter: ',' | ';' = ','): Promise<string[][]> {
  return (await readCsvText(text, { separator: delimiter })).map((record) => record.fields)
}

async function recordsOf(csv: string, delimiter: ',' | ';' = ','): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = await parseCsv(csv, delimiter)
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
    const [header] = await parseCsv(csv)
    expect(header).toEqual([...xlsxHeaders, 'Verwerkingsverantwoordelijken voor wie verwerkt wordt'])
  })

  it('has one row per activity, controller and processor, parsable back', async () => {
    const records = await recordsOf(csv)
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

  it('neutralises a formula and escapes quotes', async () => {
    const description = (await recordsOf(csv))[1]?.Beschrijving
    expect(description).toBe(`'=HYPERLINK("https://evil.example","klik"), met "aanhalingstekens"`)
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""klik""), met ""aanhalingstekens"""`)
  })

  it('can use a semicolon for a Belgian Excel', async () => {
    const semicolon = registerToCsv(exportTestRegister(), 'fr', { delimiter: ';', now: NOW })
    const records = await recordsOf(semicolon, ';')
    expect(records[0]?.['Activité de traitement']).toBe('Comptabilité des clients')
    expect(records[1]?.['Catégories de personnes concernées *']).toBe('Clients; Prospects')
  })
})
