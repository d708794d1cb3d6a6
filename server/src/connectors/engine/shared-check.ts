import type { SearchKind } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { rowsToCheck, type SharedRows, sharedChecks, sharedRows } from '../../domain/datasets/shared-rows'
import type { WritePlan } from '../../domain/datasets/write-plan'
import type { Driver, Row } from '../driver'
import type { DatasetRead } from './read-dataset'

/**
 * Asks the system which rows found for erasure other records still refer to (domain/datasets/shared-rows.ts): one
 * query per referring collection, all its referring fields in one condition, run in parallel - only for the rows
 * the first plan (made without this knowledge) would change.
 */
export async function findSharedRows(
  driver: Driver,
  doc: DatasetDocument,
  read: DatasetRead,
  kinds: readonly SearchKind[],
  firstPlan: WritePlan,
): Promise<{ shared: SharedRows; queries: number }> {
  const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
  const checks = sharedChecks(doc, rowsToCheck(doc, found, firstPlan), kinds)
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const rows = await Promise.all(
    checks.map(async (check): Promise<[string, Row[]]> => {
      const collection = byName.get(check.collection)
      if (!collection) return [check.collection, []]
      // The primary key keeps rows distinct (each referring row counts once), the fields say what they point at.
      const fields = [...new Set([...(collection.primaryKey ?? []), ...check.matches.map((m) => m.field)])]
      const matches = check.matches.map((m) => ({ field: m.field, values: m.values }))
      return [check.collection, await driver.select(collection, matches, fields)]
    }),
  )
  return { shared: sharedRows(found, checks, new Map(rows)), queries: checks.length }
}
