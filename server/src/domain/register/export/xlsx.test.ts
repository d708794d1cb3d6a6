import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportTestRegister, loadWorkbook } from '../../../../test/fixtures/register-export'
import { sampleRegister } from '../../../../test/support/register'
import type { Language } from '../localized'
import { registerDocumentSchema } from '../schema'
import { registerToXlsx, XLSX_HEADER_ROW } from './xlsx'

const NOW = new Date('2024-03-15T10:00:00Z')

async function workbookOf(language: Language, doc = exportTestRegister()): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await registerToXlsx(doc, language, { now: NOW }))
}

function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number): string[] {
  const texts: string[] = []
  sheet.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell) => {
    texts.push(cell.value === null ? '' : String(cell.value))
  })
  return texts
}

function sheetOf(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const sheet = workbook.worksheets[index]
  if (sheet === undefined) throw new Error(`no sheet ${index}`)
  return sheet
}

/** The data rows under the header, as header -> cell text. */
function records(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const headers = rowTexts(sheet, XLSX_HEADER_ROW)
  const result: Record<string, string>[] = []
  for (let n = XLSX_HEADER_ROW + 1; n <= sheet.rowCount; n++) {
    const cells = rowTexts(sheet, n)
    result.push(Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? ''])))
  }
  return result
}

describe('registerToXlsx (GBA register model, Art. 30 GDPR)', () => {
  it('names the sheets in Dutch and in French', async () => {
    expect((await workbookOf('nl')).worksheets.map((s) => s.name)).toEqual([
      'Verwerkingsverantwoordelijke',
      'Register verantwoordelijke',
      'Register verwerker',
      'Systemen',
      'Leveranciers',
      'Bewaartermijnen',
      'Beveiligingsmaatregelen',
      'Privacyverklaring',
      'Cookies',
    ])
    expect((await workbookOf('fr')).worksheets.map((s) => s.name)).toEqual([
      'Responsable du traitement',
      'Registre responsable',
      'Registre sous-traitant',
      'Systèmes',
      'Fournisseurs',
      'Délais de conservation',
      'Mesures de sécurité',
      'Déclaration',
      'Cookies',
    ])
  })

  it('marks exactly the seven GBA-mandatory columns of the controller sheet with *', async () => {
    const nl = rowTexts(sheetOf(await workbookOf('nl'), 1), XLSX_HEADER_ROW)
    expect(nl[0]).toBe('Referentie')
    expect(nl).toContain('Verwerkingsactiviteit')
    expect(nl.filter((h) => h.endsWith(' *')).sort()).toEqual(
      [
        'Doeleinden van de verwerking *',
        'Categorieën van betrokkenen *',
        'Categorieën van persoonsgegevens *',
        'Categorieën van ontvangers *',
        'Doorgiften naar derde landen *',
        'Bewaartermijnen *',
        'Technische en organisatorische beveiligingsmaatregelen *',
      ].sort(),
    )
    expect(nl).toEqual(expect.arrayContaining(['Einddatum verwerking', 'Vervangende verwerking']))

    const frSheet = sheetOf(await workbookOf('fr'), 1)
    const fr = rowTexts(frSheet, XLSX_HEADER_ROW)
    expect(fr.filter((h) => h.endsWith(' *')).sort()).toEqual(
      [
        'Finalités du traitement *',
        'Catégories de personnes concernées *',
        'Catégories de données à caractère personnel *',
        'Catégories de destinataires *',
        'Transferts vers des pays tiers *',
        'Délais de conservation *',
        'Mesures de sécurité techniques et organisationnelles *',
      ].sort(),
    )
    expect(String(frSheet.getCell(2, 1).value)).toMatch(/^\* Mention obligatoire/)
  })

  it('has one row per controller activity, with labels in the chosen language, not keys', async () => {
    const sheet = sheetOf(await workbookOf('fr'), 1)
    const rows = records(sheet)
    expect(rows.map((r) => r.Référence)).toEqual(['bookkeeping', 'marketing', 'sick-leave'])

    const [bookkeeping, marketing, sickLeave] = rows
    expect(bookkeeping?.['Activité de traitement']).toBe('Comptabilité des clients')
    expect(bookkeeping?.['Base juridique (art. 6 RGPD)']).toBe(
      'Obligation légale (art. 6.1.c RGPD)\u00a0: WER art. III.82',
    )
    expect(bookkeeping?.['Catégories de données à caractère personnel *']).toBe("Données d'identification")
    expect(bookkeeping?.['Catégories de personnes concernées *']).toBe('Clients')
    expect(bookkeeping?.['Délais de conservation *']).toContain('7 ans après la date de la facture')
    expect(bookkeeping?.['Transferts vers des pays tiers *']).toBe('Aucun')
    expect(bookkeeping?.['Date de début']).toBe('01/01/2020')

    // Custom taxonomy entries override/extend the catalogue.
    expect(marketing?.['Catégories de données à caractère personnel *']).toBe(
      'Coordonnées\nComportement de clic',
    )
    expect(marketing?.['Transferts vers des pays tiers *']).toContain('États-Unis')
    expect(marketing?.['Transferts vers des pays tiers *']).toContain('Clauses contractuelles types')
    expect(marketing?.['Mesures de sécurité techniques et organisationnelles *']).toContain(
      'Encryption at rest (via Mailer)',
    )

    expect(sickLeave?.['Date de fin du traitement']).toBe('31/12/2023')
    expect(sickLeave?.['Traitement de remplacement']).toBe('Comptabilité des clients')
    expect(sickLeave?.['Catégories de données à caractère personnel *']).toBe(
      'Données concernant la santé (art. 9 RGPD)',
    )

    const all = rows.flatMap((r) => Object.values(r)).join('\n')
    expect(all).not.toMatch(/legal_obligation|legitimate_interests|invoicing_accounting|contact_details/)
  })

  it('freezes the header, filters it and sets the workbook properties', async () => {
    const workbook = await workbookOf('nl')
    const sheet = sheetOf(workbook, 1)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW })
    expect(sheet.autoFilter).toBeTruthy()
    expect(sheet.getCell(XLSX_HEADER_ROW, 1).font?.bold).toBe(true)
    expect(workbook.creator).toBe('Custos')
    expect(workbook.created.toISOString()).toBe(NOW.toISOString())
  })

  it('identifies the controller with the formatted enterprise number', async () => {
    const sheet = sheetOf(await workbookOf('nl'), 0)
    const values = Object.fromEntries(
      Array.from({ length: sheet.rowCount - XLSX_HEADER_ROW }, (_, i) =>
        rowTexts(sheet, XLSX_HEADER_ROW + 1 + i),
      ).map(([label, value]) => [label, value ?? '']),
    )
    expect(values.Naam).toBe('Boekhouding Peeters')
    expect(values['Ondernemingsnummer (KBO)']).toBe('0403.019.261')
    expect(values['Btw-nummer']).toBe('BE0403019261')
    expect(values['Functionaris voor gegevensbescherming (DPO)']).toBe('Els Peeters, dpo@peeters.be')
    expect(values['Opgemaakt op']).toBe('15/03/2024')
  })

  it('lists a processor activity in the Art. 30(2) register, not in the controller register', async () => {
    const base = sampleRegister()
    const doc = registerDocumentSchema.parse({
      ...base,
      activities: [
        ...(base.activities ?? []),
        {
          key: 'client-payroll',
          name: { nl: 'Loonverwerking voor klanten', fr: 'Traitement de la paie pour clients' },
          role: 'processor',
          processorFor: [{ client: 'Klant BV', agreement: { signed: true } }],
          purposes: [{ purpose: 'processor_customer_service' }],
          measures: ['mfa'],
        },
      ],
    })
    const workbook = await workbookOf('nl', doc)
    const processor = records(sheetOf(workbook, 2))
    expect(processor).toHaveLength(1)
    expect(processor[0]?.Verwerkingsactiviteit).toBe('Loonverwerking voor klanten')
    expect(processor[0]?.['Verwerkingsverantwoordelijken voor wie verwerkt wordt *']).toBe('Klant BV')
    expect(processor[0]?.['Verwerkersovereenkomst (art. 28 AVG)']).toBe('Klant BV: ondertekend')
    expect(processor[0]?.['Technische en organisatorische beveiligingsmaatregelen *']).toBe(
      'Multi-factor authentication',
    )
    expect(records(sheetOf(workbook, 1)).map((r) => r.Referentie)).toEqual(['bookkeeping'])
  })

  it('lists vendors with their processing agreement', async () => {
    const vendors = records(sheetOf(await workbookOf('en'), 4))
    expect(
      vendors.map((v) => [v.Name, v['Data processing agreement signed'], v['Date of the agreement']]),
    ).toEqual([
      ['CloudBooks NV', 'Yes', '01/03/2023'],
      ['Mailer Inc.', 'No', ''],
    ])
  })
})

describe('registerToXlsx: what the privacy notice states (issue 12)', () => {
  const pairs = (sheet: ExcelJS.Worksheet) =>
    Object.fromEntries(records(sheet).map((r) => Object.values(r).slice(0, 2) as [string, string]))

  it('lists each statement of the notice section, and "not stated" where the register says nothing', async () => {
    const input = sampleRegister()
    const stated = registerDocumentSchema.parse({
      ...input,
      notice: {
        sellsData: false,
        transfersOutsideEea: 'none',
        sharesOnlyWithPermission: true,
        breachCommunication: { withinHours: 48 },
        thirdPartyLinks: true,
        requestChannels: [
          { channel: 'phone', contact: '+32 9 123 45 67', details: { nl: 'werkdagen', en: 'weekdays' } },
        ],
        cookies: [{ name: '_ga', provider: 'Google', purpose: 'analytics', party: 'third', country: 'US' }],
        minors: { minimumAge: 16 },
      },
    })
    const en = pairs(sheetOf(await workbookOf('en', stated), 7))
    expect(en).toMatchObject({
      'Sale of personal data': 'Never: the notice states that we do not sell personal data',
      'Transfers outside the EEA': 'None: the notice states that data stay within the EEA',
      'Sharing with others': 'Beyond the listed recipients only with permission, unless a law requires it',
      'Personal notice of a data breach': 'Promised, within 48 hours',
      'Links to other websites': 'Yes: their own privacy policies apply',
      'Other channels for requests': 'Phone: +32 9 123 45 67, weekdays',
      'Cookie inventory': '1 (see the Cookies sheet)',
      'Minimum age': '16 years',
    })
    const nl = pairs(sheetOf(await workbookOf('nl', stated), 7))
    expect(nl['Andere kanalen voor verzoeken']).toBe('Telefoon: +32 9 123 45 67, werkdagen')
    expect(records(sheetOf(await workbookOf('nl', stated), 8))).toEqual([
      {
        Naam: '_ga',
        Aanbieder: 'Google',
        Doel: 'Statistiek',
        Bewaartermijn: '',
        'Eigen of derde': 'Derde partij',
        'Land van de derde': 'Verenigde Staten',
      },
    ])

    const empty = pairs(sheetOf(await workbookOf('en', registerDocumentSchema.parse(input)), 7))
    expect(empty).toMatchObject({
      'Sale of personal data': 'Not stated',
      'Transfers outside the EEA': 'Not stated',
      'Sharing with others': 'Not stated',
      'Personal notice of a data breach': 'Only the legal duty when the risk is high (Art. 34 GDPR)',
      'Links to other websites': 'Not stated',
      'Cookie inventory': 'Not provided: the notice says nothing about cookies',
      'Minimum age': 'Not stated',
    })
  })
})
