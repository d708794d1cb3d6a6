import type { ColumnClassification } from '../../domain/datasets/classify'
import { isAmountName } from '../../domain/datasets/column-names'
import {
  type DatasetCollection,
  type DatasetDocument,
  type DatasetField,
  datasetDocumentSchema,
  type ErasureStrategy,
} from '../../domain/datasets/schema'
import type { IntrospectedColumn, IntrospectedTable } from './model'
import { planReferences, type Reaches, type ReferenceProposal, type SchemaRoles } from './references'

export type { ReferenceProposal } from './references'

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
  /** Dry runs of references between people (see reachQuestions), by reachKey. */
  reaches?: Reaches
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

/**
 * The tables to describe: people, rows that belong to them, what describes them and its lookup context, and any
 * other table with personal data (so that nothing found is left out of the review).
 */
function tablesToDescribe(input: ProposalInput, roles: SchemaRoles): IntrospectedTable[] {
  return input.tables.filter(
    (t) =>
      input.classifications.get(t.name)?.size ||
      roles.persons.has(t.name) ||
      roles.owners.has(t.name) ||
      roles.describing.has(t.name) ||
      roles.shared.has(t.name) ||
      roles.referrers.has(t.name),
  )
}

/** Money in a row that belongs directly to a person is what that person paid or owes (payment.amount). */
function amountsPaid(input: ProposalInput, roles: SchemaRoles): ProposalInput['classifications'] {
  const out = new Map(input.classifications)
  for (const table of input.tables) {
    const direct = roles.references.find(
      (r) => r.collection === table.name && r.reason.code === 'belongs' && r.direction === 'from',
    )
    if (!direct) continue
    const keys = new Set([...table.primaryKey, ...table.foreignKeys.flatMap((fk) => fk.columns)])
    const found = new Map(out.get(table.name) ?? [])
    for (const column of table.columns) {
      if (column.type !== 'decimal' || keys.has(column.name) || found.has(column.name)) continue
      if (!isAmountName(column.name)) continue
      found.set(column.name, {
        detected: 'amount',
        category: 'invoices_payments',
        confidence: 0.7,
        reasons: [
          `an amount in a row that belongs to a ${direct.target}`,
          'kept on erasure: add the accounting hold of the register',
        ],
      })
    }
    if (found.size > 0) out.set(table.name, found)
  }
  return out
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
  roles: SchemaRoles,
): { collection: DatasetCollection; suggestions: Suggestion[] } {
  const personal = input.classifications.get(table.name) ?? new Map<string, ColumnClassification>()
  const shared = roles.shared.has(table.name)
  const ownIdentities = !shared && [...personal.values()].some((c) => c.identity)
  const keyColumns = new Set(table.primaryKey)
  const foreignKeys = new Map(
    roles.references
      .filter((r) => r.collection === table.name && included.has(r.target))
      .map((r) => [r.field, r]),
  )
  const hasKey = table.primaryKey.length > 0
  const suggestions: Suggestion[] = []
  const fields = table.columns.slice(0, MAX_FIELDS).map((column): DatasetField => {
    const field: Record<string, unknown> = { name: column.name }
    const found = personal.get(column.name)
    const fk = foreignKeys.get(column.name)
    if (found && shared) {
      // A lookup value (a city's name) is the same for everyone: not personal on its own, never erased.
      suggestions.push({
        collection: table.name,
        field: column.name,
        confidence: found.confidence,
        reasons: [...found.reasons, 'shared lookup value: exported as context only, never erased'],
      })
    } else if (found) {
      field.category = found.category
      if (found.identity) field.identity = found.identity
      // Amounts paid stay for the books (a hold of the register keeps the row); the person link is what is erased.
      const changeable = hasKey && !keyColumns.has(column.name) && !fk && found.detected !== 'amount'
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
    if (fk) field.references = { collection: fk.target, field: fk.targetField, direction: fk.direction }
    return field as DatasetField
  })
  const dateField = dateFieldOf(table, personal)
  const collection = {
    name: table.name,
    ...(input.defaultSchema !== undefined && table.schema !== input.defaultSchema
      ? { schema: table.schema }
      : {}),
    ...(shared ? { shared: true } : {}),
    ...(roles.referrers.has(table.name) && personal.size === 0
      ? {
          description:
            "Not a person's data: described so that erasure sees which rows of the tables it refers to are also used here.",
        }
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
 * The dataset discovery proposes: people, the rows that belong to them, what describes them and lookup context
 * (shared: never erased), keys and the references a privacy officer would keep (see references.ts), categories and
 * identities from the classifier, erasure defaults. Valid by construction; parsed with the dataset schema to be sure.
 */
export function proposeDataset(input: ProposalInput): {
  document: DatasetDocument
  suggestions: Suggestion[]
  references: ReferenceProposal[]
} {
  const roles = planReferences(input.tables, input.classifications, input.reaches)
  const withAmounts = { ...input, classifications: amountsPaid(input, roles) }
  const tables = tablesToDescribe(withAmounts, roles)
  if (tables.length === 0) throw new Error('No personal data found: no table to describe')
  const included = new Set(tables.map((t) => t.name))
  const described = tables.map((t) => describeTable(t, withAmounts, included, roles))
  const document = datasetDocumentSchema.parse({
    key: input.key,
    system: input.system,
    name: input.name,
    connector: input.connector,
    collections: described.map((d) => d.collection),
  })
  // The review lists every reference of a described table: followed, documented, or left out with the reason.
  const references = roles.references.filter((r) => included.has(r.collection))
  return { document, suggestions: described.flatMap((d) => d.suggestions), references }
}
