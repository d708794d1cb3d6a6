import type { SearchKind } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import {
  rowsToCheck,
  type SharedCheck,
  type SharedRows,
  sharedChecks,
  sharedRows,
} from '../../domain/datasets/shared-rows'
import type { FoundRows, WritePlan } from '../../domain/datasets/write-plan'
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
  return { shared: await runSharedChecks(driver, doc, found, checks), queries: checks.length }
}

/**
 * The same check for the rows of one collection that a retention sweep would change (`candidates`), against
 * everything the traversal found for the sweep's people (`found`): a candidate that a row outside those people
 * refers to is shared. One query per referring collection.
 */
export async function findSharedInCollection(
  driver: Driver,
  doc: DatasetDocument,
  found: FoundRows,
  kinds: readonly SearchKind[],
  collection: string,
  candidates: readonly Row[],
): Promise<{ shared: SharedRows; queries: number }> {
  const own = new Map(found)
  own.set(collection, [...candidates])
  const checks = sharedChecks(doc, new Map([[collection, [...candidates]]]), kinds)
    .map((c) => ({ ...c, matches: c.matches.filter((m) => m.target === collection) }))
    .filter((c) => c.matches.length > 0)
  return { shared: await runSharedChecks(driver, doc, own, checks), queries: checks.length }
}

async function runSharedChecks(
  driver: Driver,
  doc: DatasetDocument,
  found: FoundRows,
  checks: readonly SharedCheck[],
): Promise<SharedRows> {
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
  return sharedRows(found, checks, new Map(rows))
}
