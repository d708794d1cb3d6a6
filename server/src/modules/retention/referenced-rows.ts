import type { Driver } from '../../connectors/driver'
import type { Row } from '../../domain/datasets/write-plan'
import type { referringFields } from '../../domain/retention/sweep-plan'

/**
 * Indexes of the rows that a row of another collection still refers to (one query per referring field): the rows a
 * sweep or an ended hold keeps, because they are shared with other records.
 */
export async function referencedRows(
  driver: Driver,
  referring: ReturnType<typeof referringFields>,
  rows: readonly Row[],
): Promise<Set<number>> {
  const referenced = new Set<number>()
  for (const r of referring) {
    const values = [...new Set(rows.map((row) => row[r.target]).filter((v) => v !== null && v !== undefined))]
    if (values.length === 0) continue
    const found = await driver.select(r.collection, [{ field: r.field, values }], [r.field])
    const used = new Set(found.map((row) => String(row[r.field])))
    rows.forEach((row, i) => {
      if (used.has(String(row[r.target]))) referenced.add(i)
    })
  }
  return referenced
}
