import { strToU8, type Zippable, zipSync } from 'fflate'
import { csvDocument } from '../../lib/csv'
import {
  cellValue,
  fileSegment,
  jsonValue,
  type PackageSystem,
  packageTables,
  zipTimestamp,
} from '../packages'
import type { Language } from '../register/localized'
import { formatDate } from '../requests/format'

/**
 * The package a processor hands back to a client at the end of the contract (Art. 28(3)(g) GDPR): the client's
 * rows per system and collection as CSV files and one data.json, with a README in the client's language. The CSV
 * and JSON are written as in an answer package (packages/content.ts); the wording is the processor's to its client.
 */

export interface ReturnPackageInput {
  language: Language
  generatedAt: Date
  processor: { name: string; enterpriseNumber: string | null }
  client: { name: string; reference: string }
  decidedOn: string
  systems: PackageSystem[]
}

const README: Record<Language, (i: ReturnPackageInput, rows: number, files: string[]) => string[]> = {
  nl: (i, rows, files) => [
    `Teruggave van gegevens - ${i.client.name}`,
    '',
    `${i.processor.name} bezorgt ${i.client.name} bij het einde van de verwerkersovereenkomst de persoonsgegevens die het voor zijn rekening verwerkte (artikel 28, lid 3, g) AVG), zoals gekozen op ${formatDate(i.decidedOn)}.`,
    `Het pakket bevat ${rows} records, gevonden met de klantreferentie "${i.client.reference}" in de systemen van ${i.processor.name}.`,
    '',
    'Bestanden:',
    '- data.json: alle gegevens in een machineleesbaar formaat, met per veld de categorie van persoonsgegevens;',
    ...files.map((f) => `- ${f}`),
    '',
    'De CSV-bestanden zijn gecodeerd in UTF-8 met de komma als scheidingsteken; datums staan in ISO 8601 (UTC).',
    'Dit pakket bevat persoonsgegevens: bewaar het veilig.',
  ],
  fr: (i, rows, files) => [
    `Restitution des données - ${i.client.name}`,
    '',
    `${i.processor.name} remet à ${i.client.name}, au terme du contrat de sous-traitance, les données à caractère personnel traitées pour son compte (article 28, paragraphe 3, point g) du RGPD), selon le choix exprimé le ${formatDate(i.decidedOn)}.`,
    `Le paquet contient ${rows} enregistrements, retrouvés au moyen de la référence client « ${i.client.reference} » dans les systèmes de ${i.processor.name}.`,
    '',
    'Fichiers :',
    '- data.json : toutes les données dans un format lisible par machine, avec pour chaque champ la catégorie de données à caractère personnel ;',
    ...files.map((f) => `- ${f}`),
    '',
    'Les fichiers CSV sont encodés en UTF-8, avec la virgule comme séparateur ; les dates sont au format ISO 8601 (UTC).',
    'Ce paquet contient des données à caractère personnel : conservez-le en lieu sûr.',
  ],
  en: (i, rows, files) => [
    `Return of data - ${i.client.name}`,
    '',
    `At the end of the processing agreement, ${i.processor.name} returns to ${i.client.name} the personal data it processed on its behalf (Art. 28(3)(g) GDPR), as chosen on ${formatDate(i.decidedOn)}.`,
    `The package holds ${rows} records, found with the client reference "${i.client.reference}" in the systems of ${i.processor.name}.`,
    '',
    'Files:',
    '- data.json: all the data in a machine-readable format, with the category of personal data of each field;',
    ...files.map((f) => `- ${f}`),
    '',
    'The CSV files are encoded in UTF-8 with the comma as separator; dates are in ISO 8601 (UTC).',
    'This package contains personal data: keep it safe.',
  ],
}

export function returnPackageFileName(input: Pick<ReturnPackageInput, 'client' | 'decidedOn'>): string {
  return `${fileSegment(input.client.name)}-return-${input.decidedOn}.zip`
}

/** The zip: the same input gives the same bytes (fixed entry times, fixed order). */
export function buildReturnPackage(input: ReturnPackageInput): {
  fileName: string
  zip: Uint8Array
  entries: string[]
} {
  // The answer package's tables (every field kept, as for access), written the same way.
  const groups = packageTables({ kind: 'access', systems: input.systems })
  const csv: [string, string][] = groups.flatMap((group) =>
    group.tables.map((table): [string, string] => [
      table.csvPath,
      csvDocument(
        table.columns.map((c) => c.name),
        table.rows.map((row) => table.columns.map((c) => cellValue(row[c.name]))),
      ),
    ]),
  )
  const rows = groups.reduce((n, g) => n + g.tables.reduce((m, t) => m + t.rows.length, 0), 0)
  const data = {
    format: 'custos-contract-return',
    formatVersion: 1,
    generatedAt: input.generatedAt.toISOString(),
    processor: input.processor,
    client: input.client,
    decidedOn: input.decidedOn,
    systems: groups.map(({ system, tables }) => ({
      system: system.systemKey,
      systemName: system.systemName,
      dataset: system.datasetKey,
      datasetName: system.datasetName,
      collections: tables.map((table) => ({
        name: table.name,
        file: table.csvPath,
        fields: table.columns.map((c) => ({
          name: c.name,
          category: c.category ?? null,
          categoryLabel: c.categoryLabel ?? null,
        })),
        rows: table.rows.map((row) => jsonValue(row)),
      })),
    })),
  }
  const files: [string, string][] = [
    [
      'README.txt',
      `${README[input.language](
        input,
        rows,
        csv.map(([path]) => path),
      ).join('\r\n')}\r\n`,
    ],
    ['data.json', `${JSON.stringify(data, null, 2)}\n`],
    ...csv,
  ]
  const zippable: Zippable = {}
  for (const [path, text] of files) zippable[path] = strToU8(text)
  const zip = zipSync(zippable, { level: 6, mtime: zipTimestamp(input.generatedAt) })
  return { fileName: returnPackageFileName(input), zip, entries: files.map(([path]) => path) }
}
