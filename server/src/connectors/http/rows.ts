import type { DatasetCollection, DatasetField } from '../../domain/datasets/schema'
import type { Row } from '../driver'
import { getPath } from './paths'
import { valueText } from './template'

/** Where a field's value sits in an API item: its `path`, or its name. */
export const fieldPath = (field: DatasetField) => field.path ?? field.name

export function fieldNamed(collection: DatasetCollection, name: string): DatasetField {
  const field = collection.fields.find((f) => f.name === name)
  if (!field) throw new Error(`${collection.name} has no field "${name}"`)
  return field
}

/** An API item as a row keyed by dataset field names (a value the item lacks is null). */
export function itemToRow(collection: DatasetCollection, item: unknown): Row {
  const row: Row = {}
  for (const field of collection.fields) row[field.name] = getPath(item, fieldPath(field)) ?? null
  return row
}

const normalise = (value: unknown) => valueText(value).trim().toLowerCase()

/**
 * Whether an item's value of a field equals a searched value. Search APIs are often looser than equality (prefix
 * or fuzzy search, case folding): a row is only returned - and later changed or deleted - when its value really is
 * the one searched for, compared as text without case; a list value matches when one of its elements does.
 */
export function sameValue(itemValue: unknown, searched: unknown): boolean {
  if (Array.isArray(itemValue)) return itemValue.some((v) => sameValue(v, searched))
  if (itemValue === null || searched === null || searched === undefined) return false
  return itemValue === searched || normalise(itemValue) === normalise(searched)
}

/**
 * Rows of one collection gathered over several calls, de-duplicated by primary key (the same contact found by
 * its e-mail and by its phone is one row).
 */
export class RowSet {
  readonly #rows: Row[] = []
  readonly #keys = new Set<string>()

  constructor(private readonly collection: DatasetCollection) {}

  add(row: Row): void {
    const pk = this.collection.primaryKey
    if (pk?.every((name) => row[name] !== null && row[name] !== undefined)) {
      const key = JSON.stringify(pk.map((name) => valueText(row[name])))
      if (this.#keys.has(key)) return
      this.#keys.add(key)
    }
    this.#rows.push(row)
  }

  /** The rows with only the listed fields. */
  project(fields: readonly string[]): Row[] {
    return this.#rows.map((row) => Object.fromEntries(fields.map((name) => [name, row[name]])))
  }
}
