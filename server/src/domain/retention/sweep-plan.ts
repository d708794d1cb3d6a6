import { changingFields, type FieldStrategies, maskedValues } from '../datasets/erasure-plan'
import type { DatasetCollection, DatasetDocument, ErasureStrategy } from '../datasets/schema'
import { keyOf, type Row, type RowUpdate } from '../datasets/write-plan'
import type { EndAction } from './period'

/**
 * What one batch of a retention sweep does to the due rows it read, per the dataset (pure, so a batch recorded
 * before it is applied is exactly what a resumed sweep applies again):
 * - delete: the rows are deleted - unless a row of another collection still refers to them (an invoice line to
 *   its invoice): then they are masked instead, as erasure does for a row a kept row refers to (decision 0031);
 * - mask: each field's erasure strategy of the dataset (null, fixed value, keyed hash);
 * - anonymise: the mask, and also every field with a data category the dataset keeps on erasure (except keys and
 *   references) set to null.
 */

export interface BatchChanges {
  readonly deletes: readonly unknown[][]
  readonly updates: readonly RowUpdate[]
  /** Rows that were to be deleted but are referred to by other rows: masked instead. */
  readonly referenced: number
}

const NULL: ErasureStrategy = { strategy: 'null' }

/** The fields a sweep changes for the action, with their strategies. */
export function sweepStrategies(collection: DatasetCollection, action: EndAction): FieldStrategies {
  const mask = changingFields(collection)
  if (action !== 'anonymise') return mask
  const changed = new Set(mask.map(([field]) => field.name))
  const extra = collection.fields
    .filter(
      (f) =>
        !changed.has(f.name) &&
        f.category !== undefined &&
        !f.references &&
        !collection.primaryKey?.includes(f.name),
    )
    .map((f) => [f, NULL] as const)
  return [...mask, ...extra]
}

/**
 * The scan condition that leaves out rows already masked: at least one field a mask sets to null or a fixed value
 * still differs. Empty when the mask only hashes (a hash of a hash differs each time; such collections are
 * delete-only for sweeps, see decision 0031).
 */
export function pendingCondition(
  strategies: FieldStrategies,
): { field: string; value: string | number | boolean | null }[] {
  return strategies.flatMap(([field, s]): { field: string; value: string | number | boolean | null }[] =>
    s.strategy === 'null' || s.strategy === 'delete_row'
      ? [{ field: field.name, value: null }]
      : s.strategy === 'fixed'
        ? [{ field: field.name, value: s.value }]
        : [],
  )
}

/** The collections of the dataset with a field referring to `collection`, and the fields referred to. */
export function referringFields(
  doc: DatasetDocument,
  collection: string,
): { collection: DatasetCollection; field: string; target: string }[] {
  return doc.collections.flatMap((c) =>
    c.name === collection
      ? []
      : c.fields
          .filter((f) => f.references?.collection === collection)
          .map((f) => ({ collection: c, field: f.name, target: f.references?.field as string })),
  )
}

export function batchChanges(
  collection: DatasetCollection,
  action: EndAction,
  rows: readonly Row[],
  options: {
    /** Indexes of rows other rows still refer to. */
    referenced: ReadonlySet<number>
    hash: (value: string) => string
  },
): BatchChanges {
  const strategies = sweepStrategies(collection, action)
  const deletes: unknown[][] = []
  const updates: RowUpdate[] = []
  let referenced = 0
  rows.forEach((row, i) => {
    if (action === 'delete' && !options.referenced.has(i)) {
      deletes.push(keyOf(collection, row))
      return
    }
    if (action === 'delete') referenced++
    const set = maskedValues(strategies, row, options.hash)
    if (Object.keys(set).length > 0) updates.push({ key: keyOf(collection, row), set })
  })
  return { deletes, updates, referenced }
}
