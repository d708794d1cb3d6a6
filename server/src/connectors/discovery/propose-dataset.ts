import type { ColumnClassification } from '../../domain/datasets/classify'
import {
  type DatasetCollection,
  type DatasetDocument,
  type DatasetField,
  datasetDocumentSchema,
  type ErasureStrategy,
} from '../../domain/datasets/schema'
import type { IntrospectedColumn, IntrospectedTable } from './model'

/** One proposal of discovery for the review screen: what a field holds and why Custos thinks so. */
export interface Suggestion {
  collection: string
  field: string
  category?: string
  identity?: string
  confidence: number
  reasons: string[]
}

export interface ProposalInput {
  key: string
  system: string
  name: string
  connector: 'postgres' | 'mysql'
  /** Collections outside this schema get an explicit `schema` (PostgreSQL: public). */
  defaultSchema?: string
  tables: IntrospectedTable[]
  /** Per table name, per column name. */
  classifications: Map<string, Map<string, ColumnClassification>>
}

const MAX_FIELDS = 500
const DATE_FIELD_HINTS = [
  /invoice.?date/i,
  /order.?date/i,
  /created/i,
  /updated|modified/i,
  /last/i,
  /date|datum/i,
]

/** What erasure does to a personal field by default: NULL when allowed, else a keyed hash or a neutral value. */
export function defaultErasure(column: IntrospectedColumn): ErasureStrategy {
  if (column.nullable) return { strategy: 'null' }
  switch (column.type) {
    case 'text':
      return column.maxLength !== null && column.maxLength < 8
        ? { strategy: 'fixed', value: '-' }
        : {
            strategy: 'hash',
            ...(column.maxLength !== null && column.maxLength < 64 ? { maxLength: column.maxLength } : {}),
          }
    case 'integer':
    case 'decimal':
      return { strategy: 'fixed', value: 0 }
    case 'date':
    case 'timestamp':
      return { strategy: 'fixed', value: '1900-01-01' }
    case 'boolean':
      return { strategy: 'fixed', value: false }
    default:
      return { strategy: 'keep' }
  }
}

/** Only single-column references within the schema become dataset references. */
function followable(table: IntrospectedTable, fk: IntrospectedTable['foreignKeys'][number]): boolean {
  return fk.columns.length === 1 && fk.refSchema === table.schema
}

/** Tables with personal data, then every table that refers to one of those (invoices, then invoice lines...). */
function tablesToDescribe(input: ProposalInput): IntrospectedTable[] {
  const included = new Set(
    input.tables.filter((t) => input.classifications.get(t.name)?.size).map((t) => t.name),
  )
  let grew = true
  while (grew) {
    grew = false
    for (const table of input.tables) {
      if (included.has(table.name)) continue
      if (
        table.foreignKeys.some(
          (fk) => followable(table, fk) && fk.refTable !== table.name && included.has(fk.refTable),
        )
      ) {
        included.add(table.name)
        grew = true
      }
    }
  }
  return input.tables.filter((t) => included.has(t.name))
}

function dateFieldOf(
  table: IntrospectedTable,
  personal: Map<string, ColumnClassification>,
): string | undefined {
  const dates = table.columns.filter(
    (c) => (c.type === 'date' || c.type === 'timestamp') && !personal.has(c.name),
  )
  for (const hint of DATE_FIELD_HINTS) {
    const found = dates.find((c) => hint.test(c.name))
    if (found) return found.name
  }
  return dates[0]?.name
}

function describeTable(
  table: IntrospectedTable,
  input: ProposalInput,
  included: Set<string>,
): { collection: DatasetCollection; suggestions: Suggestion[] } {
  const personal = input.classifications.get(table.name) ?? new Map<string, ColumnClassification>()
  const ownIdentities = [...personal.values()].some((c) => c.identity)
  const keyColumns = new Set(table.primaryKey)
  const foreignKeys = new Map(
    table.foreignKeys
      .filter((fk) => followable(table, fk) && included.has(fk.refTable))
      .map((fk) => [fk.columns[0] ?? '', fk]),
  )
  const hasKey = table.primaryKey.length > 0
  const suggestions: Suggestion[] = []
  const fields = table.columns.slice(0, MAX_FIELDS).map((column): DatasetField => {
    const field: Record<string, unknown> = { name: column.name }
    const found = personal.get(column.name)
    const fk = foreignKeys.get(column.name)
    if (found) {
      field.category = found.category
      if (found.identity) field.identity = found.identity
      const changeable = hasKey && !keyColumns.has(column.name) && !fk
      field.erasure = changeable ? defaultErasure(column) : { strategy: 'keep' }
      if (ownIdentities && (found.category === 'contact_details' || found.category === 'identification'))
        field.provided = !keyColumns.has(column.name)
      suggestions.push({
        collection: table.name,
        field: column.name,
        category: found.category,
        ...(found.identity ? { identity: found.identity } : {}),
        confidence: found.confidence,
        reasons: found.reasons,
      })
    }
    if (fk) {
      // A customer is not the data of their support employee: a child with identities of its own is not followed.
      field.references = {
        collection: fk.refTable,
        field: fk.refColumns[0],
        direction: ownIdentities ? 'none' : 'from',
      }
    }
    return field as DatasetField
  })
  const dateField = dateFieldOf(table, personal)
  const collection = {
    name: table.name,
    ...(input.defaultSchema !== undefined && table.schema !== input.defaultSchema
      ? { schema: table.schema }
      : {}),
    ...(hasKey
      ? { primaryKey: table.primaryKey }
      : personal.size > 0
        ? {
            description:
              'No primary key: Custos can read these rows but not change them; add a key to erase.',
          }
        : {}),
    ...(dateField ? { dateField } : {}),
    fields,
  } as DatasetCollection
  return { collection, suggestions }
}

/**
 * The dataset discovery proposes: the tables with personal data and those that hang off them, keys and references
 * from the schema, categories and identities from the classifier, erasure defaults. Valid by construction; parsed
 * with the dataset schema to be sure.
 */
export function proposeDataset(input: ProposalInput): {
  document: DatasetDocument
  suggestions: Suggestion[]
} {
  const tables = tablesToDescribe(input)
  if (tables.length === 0) throw new Error('No personal data found: no table to describe')
  const included = new Set(tables.map((t) => t.name))
  const described = tables.map((t) => describeTable(t, input, included))
  const document = datasetDocumentSchema.parse({
    key: input.key,
    system: input.system,
    name: input.name,
    connector: input.connector,
    collections: described.map((d) => d.collection),
  })
  return { document, suggestions: described.flatMap((d) => d.suggestions) }
}
