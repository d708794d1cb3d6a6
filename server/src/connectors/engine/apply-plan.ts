import type { DatasetDocument } from '../../domain/datasets/schema'
import type { WritePlan } from '../../domain/datasets/write-plan'
import type { Driver } from '../driver'

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
  return driver.write(async (writer) => {
    const applied: AppliedCollection[] = []
    for (const step of plan.collections) {
      const collection = doc.collections.find((c) => c.name === step.collection)
      if (!collection || (step.updates.length === 0 && step.deletes.length === 0)) {
        applied.push({ collection: step.collection, updated: 0, deleted: 0 })
        continue
      }
      const updated = step.updates.length > 0 ? await writer.updateRows(collection, [...step.updates]) : 0
      const deleted = step.deletes.length > 0 ? await writer.deleteRows(collection, [...step.deletes]) : 0
      applied.push({ collection: step.collection, updated, deleted })
    }
    return applied
  })
}
