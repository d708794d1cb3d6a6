import type { PackageField, PackageInput, PackageSystem } from './model'

/**
 * What goes into a package, per system and collection: the columns (described fields first) and the rows, and
 * the path of the collection's CSV file. For portability (Art. 20) only the fields the subject provided are kept,
 * and only collections left with at least one such field; for access (Art. 15) every field is kept, including a
 * value the dataset does not describe (shown without a category).
 */

export interface PackageTable {
  name: string
  description?: string
  columns: PackageField[]
  rows: Record<string, unknown>[]
  /** csv/<system>/<collection>.csv, unique in the package. */
  csvPath: string
}

export interface PackageTableGroup {
  system: Omit<PackageSystem, 'collections'>
  tables: PackageTable[]
}

/** A file or folder name anyone's file system accepts: ASCII letters, digits, dot, dash and underscore. */
export function fileSegment(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80)
  return ascii === '' ? 'unnamed' : ascii
}

function columnsOf(
  fields: readonly PackageField[],
  rows: readonly Record<string, unknown>[],
): PackageField[] {
  const described = new Set(fields.map((f) => f.name))
  const extra: PackageField[] = []
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (described.has(key)) continue
      described.add(key)
      extra.push({ name: key, provided: false })
    }
  }
  return [...fields, ...extra]
}

function project(row: Record<string, unknown>, columns: readonly PackageField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const column of columns) out[column.name] = row[column.name] ?? null
  return out
}

export function packageTables(input: Pick<PackageInput, 'kind' | 'systems'>): PackageTableGroup[] {
  const portability = input.kind === 'portability'
  const used = new Set<string>()
  const uniquePath = (system: string, collection: string) => {
    const base = `csv/${fileSegment(system)}/${fileSegment(collection)}`
    let path = `${base}.csv`
    for (let n = 2; used.has(path.toLowerCase()); n++) path = `${base}-${n}.csv`
    used.add(path.toLowerCase())
    return path
  }
  return input.systems.flatMap((entry) => {
    const { collections, ...system } = entry
    const tables = collections.flatMap((collection) => {
      const fields = portability ? collection.fields.filter((f) => f.provided) : collection.fields
      if (portability && fields.length === 0) return []
      const columns = portability ? fields : columnsOf(fields, collection.rows)
      return [
        {
          name: collection.name,
          ...(collection.description ? { description: collection.description } : {}),
          columns,
          rows: collection.rows.map((row) => project(row, columns)),
          csvPath: uniquePath(system.systemKey, collection.name),
        },
      ]
    })
    return tables.length === 0 ? [] : [{ system, tables }]
  })
}
