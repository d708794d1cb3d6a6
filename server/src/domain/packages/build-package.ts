import { strToU8, type Zippable, zipSync } from 'fflate'
import { csvDocument } from '../../lib/csv'
import { CONSENT_CSV_PATH, consentCsv } from './consent'
import { fileSegment, packageTables } from './content'
import { renderDataJson } from './data-json'
import { renderIndexHtml } from './index-html'
import type { PackageInput, PackageKind, PackageLanguage } from './model'
import { renderReadme } from './readme'
import { cellValue } from './values'

export interface BuiltPackage {
  /** e.g. DSR-2026-0001-inzage.zip */
  fileName: string
  zip: Uint8Array
  /** The entries in the order they were written. */
  entries: string[]
}

const KIND_WORD: Record<PackageLanguage, Record<PackageKind, string>> = {
  nl: { access: 'inzage', portability: 'overdraagbaarheid' },
  fr: { access: 'acces', portability: 'portabilite' },
  en: { access: 'access', portability: 'portability' },
}

export function packageFileName(input: Pick<PackageInput, 'kind' | 'language' | 'request'>): string {
  return `${fileSegment(input.request.reference)}-${KIND_WORD[input.language][input.kind]}.zip`
}

const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/**
 * Zip entries carry a local (MS-DOS) time without a zone, which the zip library takes from a Date's local
 * getters. A Date whose local fields are the Brussels wall clock makes every entry show the Brussels time of
 * generation, and the bytes the same whatever the machine's time zone.
 */
export function zipTimestamp(instant: Date): Date {
  const p = Object.fromEntries(brusselsClock.formatToParts(instant).map((part) => [part.type, part.value]))
  return new Date(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  )
}

/** The files of the package, by path, in the order they go into the zip. */
export function packageFiles(input: PackageInput): [string, string][] {
  const groups = packageTables(input)
  const csvFiles = groups.flatMap((group) =>
    group.tables.map((table): [string, string] => [
      table.csvPath,
      csvDocument(
        table.columns.map((c) => c.name),
        table.rows.map((row) => table.columns.map((c) => cellValue(row[c.name]))),
      ),
    ]),
  )
  const consent = input.consent ? consentCsv(input.consent) : null
  const consentFiles: [string, string][] = consent
    ? [
        [
          CONSENT_CSV_PATH,
          csvDocument(
            consent.columns,
            consent.rows.map((row) => row.map(cellValue)),
          ),
        ],
      ]
    : []
  return [
    ['index.html', renderIndexHtml(input, groups)],
    ['README.txt', renderReadme(input)],
    ['data.json', renderDataJson(input, groups)],
    ...csvFiles,
    ...consentFiles,
  ]
}

/** The answer package: the same input always gives the same bytes (fixed entry times, fixed order). */
export function buildPackage(input: PackageInput): BuiltPackage {
  const files = packageFiles(input)
  const zippable: Zippable = {}
  for (const [path, text] of files) zippable[path] = strToU8(text)
  const zip = zipSync(zippable, { level: 6, mtime: zipTimestamp(input.generatedAt) })
  return { fileName: packageFileName(input), zip, entries: files.map(([path]) => path) }
}
