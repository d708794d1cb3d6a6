import type { RowChange } from '../driver'
import { valueKey } from './values'

/** Changes that set the same columns; `uniform` when every row gets the same values (one plain UPDATE). */
export interface ChangeGroup {
  columns: string[]
  uniform: boolean
  rows: RowChange[]
}

/** Groups row changes by the set of columns they change, so each group is one set-based statement. */
export function groupChanges(changes: readonly RowChange[]): ChangeGroup[] {
  const groups = new Map<string, { columns: string[]; rows: RowChange[] }>()
  for (const change of changes) {
    const columns = Object.keys(change.set).sort()
    if (columns.length === 0 || change.key.length === 0) continue
    const signature = JSON.stringify(columns)
    const group = groups.get(signature) ?? { columns, rows: [] }
    group.rows.push(change)
    groups.set(signature, group)
  }
  return [...groups.values()].map(({ columns, rows }) => {
    const first = rows[0]?.set ?? {}
    const uniform =
      rows.length === 1 ||
      rows.every((row) => columns.every((c) => valueKey(row.set[c]) === valueKey(first[c])))
    return { columns, uniform, rows }
  })
}

/** Later changes of the same row win: one row must not appear twice in one UPDATE ... FROM VALUES. */
export function lastChangePerRow(changes: readonly RowChange[]): RowChange[] {
  if (changes.length < 2) return [...changes]
  const byKey = new Map<string, RowChange>()
  for (const change of changes) {
    const key = change.key.map(valueKey).join('|')
    const previous = byKey.get(key)
    byKey.set(key, previous ? { key: change.key, set: { ...previous.set, ...change.set } } : change)
  }
  return [...byKey.values()]
}
