import { type SearchIdentity, valuesForKind } from '../../domain/datasets/identity-values'
import type { DatasetCollection, DatasetDocument } from '../../domain/datasets/schema'
import { type CollectionLookup, planTraversal } from '../../domain/datasets/traversal'
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

const collectionMaps = new WeakMap<DatasetDocument, ReadonlyMap<string, DatasetCollection>>()

/** The collections of a document by name, made once per document (a document is never changed once parsed). */
function collectionsByName(doc: DatasetDocument): ReadonlyMap<string, DatasetCollection> {
  let byName = collectionMaps.get(doc)
  if (!byName) {
    byName = new Map(doc.collections.map((c) => [c.name, c]))
    collectionMaps.set(doc, byName)
  }
  return byName
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
  const byName = collectionsByName(doc)
  const found = new Map<string, Row[]>()
  let queries = 0
  const read = async (lookup: CollectionLookup): Promise<Row[]> => {
    const collection = byName.get(lookup.collection)
    if (!collection) return []
    const matches: Match[] = []
    for (const { field, kind } of lookup.identityFields) {
      const values = valuesForKind(identities, kind, doc.system)
      if (values.length > 0) matches.push({ field, values })
    }
    for (const edge of lookup.edges) {
      const values = distinctValues(found.get(edge.source) ?? [], edge.sourceField)
      if (values.length > 0) matches.push({ field: edge.field, values })
    }
    if (matches.length === 0) return []
    queries++
    return driver.select(collection, matches)
  }
  for (const level of plan.levels) {
    // A level of one collection (the usual case) is read without the machinery of a parallel read.
    const [only] = level
    if (level.length === 1 && only) {
      found.set(only.collection, await read(only))
      continue
    }
    const rows = await Promise.all(level.map(read))
    for (const [i, lookup] of level.entries()) found.set(lookup.collection, rows[i] ?? [])
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
