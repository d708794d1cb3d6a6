import type { SearchKind } from '../../domain/datasets/identity-values'
import { collectionSchema, type DatasetCollection, type DatasetDocument } from '../../domain/datasets/schema'
import {
  type DeclaredReference,
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
 * the first plan (made without this knowledge) would change. The referring collections are the dataset's and, for
 * a SQL system, every table whose declared foreign key points at a dataset collection, described or not: a
 * dataset that leaves out the staff table still never masks the address a staff member lives at.
 */
export async function findSharedRows(
  driver: Driver,
  doc: DatasetDocument,
  read: DatasetRead,
  kinds: readonly SearchKind[],
  firstPlan: WritePlan,
): Promise<{ shared: SharedRows; queries: number }> {
  const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
  const declared = (await driver.declaredReferences?.()) ?? []
  const checks = sharedChecks(doc, rowsToCheck(doc, found, firstPlan), kinds, declared)
  return { shared: await runSharedChecks(driver, doc, found, checks, declared), queries: checks.length }
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
  const declared = (await driver.declaredReferences?.()) ?? []
  const checks = sharedChecks(doc, new Map([[collection, [...candidates]]]), kinds, declared)
    .map((c) => ({ ...c, matches: c.matches.filter((m) => m.target === collection) }))
    .filter((c) => c.matches.length > 0)
  return { shared: await runSharedChecks(driver, doc, own, checks, declared), queries: checks.length }
}

async function runSharedChecks(
  driver: Driver,
  doc: DatasetDocument,
  found: FoundRows,
  checks: readonly SharedCheck[],
  declared: readonly DeclaredReference[],
): Promise<SharedRows> {
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const rows = await Promise.all(
    checks.map(async (check): Promise<[string, Row[]]> => {
      const collection = byName.get(check.collection) ?? undescribedTable(check.collection, declared)
      // The primary key keeps rows distinct (each referring row counts once), the fields say what they point at.
      const fields = [...new Set([...(collection.primaryKey ?? []), ...check.matches.map((m) => m.field)])]
      const matches = check.matches.map((m) => ({ field: m.field, values: m.values }))
      return [check.collection, await driver.select(collection, matches, fields)]
    }),
  )
  return sharedRows(found, checks, new Map(rows))
}

/** A table of the system the dataset does not describe, as a collection the driver can read referring rows from. */
function undescribedTable(table: string, declared: readonly DeclaredReference[]): DatasetCollection {
  const refs = declared.filter((r) => r.table === table)
  const primaryKey = refs[0]?.primaryKey ?? []
  const columns = [...new Set([...primaryKey, ...refs.map((r) => r.column)])]
  return collectionSchema.parse({
    name: table,
    ...(primaryKey.length > 0 ? { primaryKey: [...primaryKey] } : {}),
    fields: columns.map((name) => ({ name })),
  })
}
