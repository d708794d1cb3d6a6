import type { PackageTableGroup } from './content'
import type { PackageInput } from './model'
import { jsonValue } from './values'

/** Identifies the layout of data.json, for software that reads it. */
export const DATA_JSON_FORMAT = 'custos-answer-package'
export const DATA_JSON_VERSION = 1

/**
 * data.json: the package in machine-readable form. Per system and collection the fields (name, data category key
 * and label, whether the subject provided it) and the rows; dates as ISO 8601 strings, binary values as base64.
 */
export function renderDataJson(input: PackageInput, groups: readonly PackageTableGroup[]): string {
  const org = input.organization
  const document = {
    format: DATA_JSON_FORMAT,
    formatVersion: DATA_JSON_VERSION,
    kind: input.kind,
    language: input.language,
    generatedAt: input.generatedAt.toISOString(),
    controller: {
      name: org.name,
      legalName: org.legalName,
      enterpriseNumber: org.enterpriseNumber ?? null,
      privacyEmail: org.privacyEmail ?? null,
    },
    request: { reference: input.request.reference, receivedAt: input.request.receivedAt.toISOString() },
    systems: groups.map(({ system, tables }) => ({
      system: system.systemKey,
      systemName: system.systemName,
      dataset: system.datasetKey,
      datasetName: system.datasetName,
      collections: tables.map((table) => ({
        name: table.name,
        description: table.description ?? null,
        file: table.csvPath,
        fields: table.columns.map((c) => ({
          name: c.name,
          category: c.category ?? null,
          categoryLabel: c.categoryLabel ?? null,
          providedBySubject: c.provided,
        })),
        rows: table.rows.map((row) => jsonValue(row)),
      })),
    })),
    information: input.information,
    withheld: input.withheld,
    ...(input.consent ? { consent: jsonValue(input.consent) } : {}),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
