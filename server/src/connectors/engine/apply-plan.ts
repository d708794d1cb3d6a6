import type { DatasetDocument } from '../../domain/datasets/schema'
import type { WritePlan } from '../../domain/datasets/write-plan'
import type { Driver, PlannedWrite } from '../driver'

export interface AppliedCollection {
  collection: string
  updated: number
  deleted: number
}

/**
 * Applies a write plan to one system in one transaction: every collection in the plan's order (referencing rows
 * first), updates then deletes. Drivers skip rows that already hold the new values, so applying a plan a second
 * time - after a crash between the commit and its record - reports zero changes and changes nothing.
 */
export async function applyWritePlan(
  driver: Driver,
  doc: DatasetDocument,
  plan: WritePlan,
): Promise<AppliedCollection[]> {
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const writes: PlannedWrite[] = []
  const applied: AppliedCollection[] = []
  // Where each write's count goes: the index of its collection in `applied`, and which count.
  const targets: { index: number; count: 'updated' | 'deleted' }[] = []
  for (const step of plan.collections) {
    const collection = byName.get(step.collection)
    const index = applied.push({ collection: step.collection, updated: 0, deleted: 0 }) - 1
    if (!collection) continue
    if (step.updates.length > 0) {
      writes.push({ kind: 'update', collection, changes: [...step.updates] })
      targets.push({ index, count: 'updated' })
    }
    if (step.deletes.length > 0) {
      writes.push({ kind: 'delete', collection, keys: [...step.deletes] })
      targets.push({ index, count: 'deleted' })
    }
  }
  const counts = driver.writeAll
    ? await driver.writeAll(writes)
    : await driver.write(async (writer) => {
        const counts: number[] = []
        for (const w of writes)
          counts.push(
            w.kind === 'update'
              ? await writer.updateRows(w.collection, w.changes)
              : await writer.deleteRows(w.collection, w.keys),
          )
        return counts
      })
  targets.forEach(({ index, count }, i) => {
    const entry = applied[index]
    if (entry) entry[count] = counts[i] ?? 0
  })
  return applied
}
