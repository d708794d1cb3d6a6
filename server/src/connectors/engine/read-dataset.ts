import { type SearchIdentity, valuesForKind } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { planTraversal } from '../../domain/datasets/traversal'
import type { Driver, Match, Row } from '../driver'

export interface CollectionRead {
  collection: string
  level: number
  rows: Row[]
}

export interface DatasetRead {
  /** Found rows per collection, in traversal order. */
  collections: CollectionRead[]
  /** Statements issued: one per reached collection that had something to look for. */
  queries: number
  unreachable: string[]
}

function distinctValues(rows: readonly Row[], field: string): unknown[] {
  const seen = new Map<string, unknown>()
  for (const row of rows) {
    const value = row[field]
    if (value === null || value === undefined) continue
    seen.set(value instanceof Date ? value.toISOString() : String(value), value)
  }
  return [...seen.values()]
}

/**
 * Finds everything a dataset holds on a person: the identity collections first, then level by level the
 * collections that depend on what was found, each with one query that combines all its conditions. Collections
 * of one level are read in parallel.
 */
export async function readDataset(
  driver: Driver,
  doc: DatasetDocument,
  identities: readonly SearchIdentity[],
): Promise<DatasetRead> {
  const kinds = [...new Set(identities.map((i) => i.kind))]
  const plan = planTraversal(doc, kinds)
  const found = new Map<string, Row[]>()
  let queries = 0
  for (const level of plan.levels) {
    const results = await Promise.all(
      level.map(async (lookup) => {
        const collection = doc.collections.find((c) => c.name === lookup.collection)
        if (!collection) return { lookup, rows: [] as Row[] }
        const matches: Match[] = [
          ...lookup.identityFields.map(({ field, kind }) => ({
            field,
            values: valuesForKind(identities, kind, doc.system),
          })),
          ...lookup.edges.map((edge) => ({
            field: edge.field,
            values: distinctValues(found.get(edge.source) ?? [], edge.sourceField),
          })),
        ].filter((m) => m.values.length > 0)
        if (matches.length === 0) return { lookup, rows: [] as Row[] }
        queries++
        return { lookup, rows: await driver.select(collection, matches) }
      }),
    )
    for (const { lookup, rows } of results) found.set(lookup.collection, rows)
  }
  return {
    collections: plan.levels.flat().map((l) => ({
      collection: l.collection,
      level: l.level,
      rows: found.get(l.collection) ?? [],
    })),
    queries,
    unreachable: [...plan.unreachable],
  }
}
