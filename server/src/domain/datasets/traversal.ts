import { type SearchIdentity, type SearchKind, valuesForKind } from './identity-values'
import type { DatasetCollection, DatasetDocument } from './schema'

/** How rows of one collection are found: by the person's identities, and/or from rows found upstream. */
export interface CollectionLookup {
  readonly collection: string
  /** 0 for collections searched only by identities; otherwise one more than the deepest upstream collection. */
  readonly level: number
  readonly identityFields: readonly { field: string; kind: SearchKind }[]
  /** field of this collection IN values of `sourceField` in the rows found in `source`. */
  readonly edges: readonly { field: string; source: string; sourceField: string }[]
}

export interface TraversalPlan {
  /** Lookups grouped by level: every lookup of a level can run in parallel, one query each. */
  readonly levels: readonly (readonly CollectionLookup[])[]
  /** Collections that no identity and no reference reaches (never queried), with the reason. */
  readonly unreachable: readonly string[]
  /** References not followed because they would close a cycle (self-references included). */
  readonly cutEdges: readonly { collection: string; field: string }[]
}

interface Edge {
  from: string
  to: string
  field: string
  sourceField: string
}

/** Data flows along a reference: `direction: from` finds the referencing rows from the referenced ones. */
function edgesOf(doc: DatasetDocument): Edge[] {
  const edges: Edge[] = []
  for (const collection of doc.collections) {
    for (const field of collection.fields) {
      const ref = field.references
      if (!ref || ref.direction === 'none') continue
      if (ref.direction === 'from' || ref.direction === 'both')
        edges.push({ from: ref.collection, to: collection.name, field: field.name, sourceField: ref.field })
      if (ref.direction === 'to' || ref.direction === 'both')
        edges.push({ from: collection.name, to: ref.collection, field: ref.field, sourceField: field.name })
    }
  }
  return edges
}

function identityFieldsOf(
  collection: DatasetCollection,
  kinds: ReadonlySet<SearchKind>,
): { field: string; kind: SearchKind }[] {
  const fields = collection.fields
    .filter((f) => f.identity !== undefined && kinds.has(f.identity))
    .map((f) => ({ field: f.name, kind: f.identity as SearchKind }))
  // A client's rows (end of a processing contract) are found from the collections that name their client field.
  if (kinds.has('client') && collection.clientField)
    fields.push({ field: collection.clientField, kind: 'client' })
  return fields
}

/**
 * Plans the traversal of a dataset graph from the identity kinds a request provides. Collections holding one of
 * those identities are searched first; references then carry the search to the collections that depend on them.
 * Each reached collection is queried exactly once, after everything upstream of it (references and `after`), so
 * the engine issues one query per collection per level, never one per row. Cycles are cut at the edge that closes
 * them, in document order, and reported.
 */
export function planTraversal(doc: DatasetDocument, kinds: readonly SearchKind[]): TraversalPlan {
  const kindSet = new Set(kinds)
  // The same document and kinds give the same plan: planned once (an erasure plans it for the read and again for
  // the shared-row check). A document is never changed once parsed.
  const memo = planned.get(doc) ?? new Map<string, TraversalPlan>()
  planned.set(doc, memo)
  const key = [...kindSet].sort().join(',')
  const known = memo.get(key)
  if (known) return known
  const plan = traverse(doc, kindSet)
  memo.set(key, plan)
  return plan
}

const planned = new WeakMap<DatasetDocument, Map<string, TraversalPlan>>()

function traverse(doc: DatasetDocument, kindSet: ReadonlySet<SearchKind>): TraversalPlan {
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const allEdges = edgesOf(doc)
  const cutEdges: { collection: string; field: string }[] = []
  const identityFields = new Map(doc.collections.map((c) => [c.name, identityFieldsOf(c, kindSet)]))

  // Reachability from the identity collections.
  const seeds = doc.collections.filter((c) => identityFields.get(c.name)?.length).map((c) => c.name)
  const reached = new Set(seeds)
  const treeEdges: Edge[] = []
  const queue = [...seeds]
  for (let next = 0; next < queue.length; next++) {
    const current = queue[next] as string
    for (const edge of allEdges) {
      if (edge.from === current && !reached.has(edge.to)) {
        reached.add(edge.to)
        treeEdges.push(edge)
        queue.push(edge.to)
      }
    }
  }

  // Keep the edges among reached collections that do not close a cycle: first the edges the search reached each
  // collection through (they cannot form a cycle), then the others in document order.
  const kept: Edge[] = []
  const adjacency = new Map<string, string[]>()
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>()
    const stack = [from]
    while (stack.length > 0) {
      const node = stack.pop() as string
      if (node === to) return true
      if (seen.has(node)) continue
      seen.add(node)
      stack.push(...(adjacency.get(node) ?? []))
    }
    return false
  }
  const addOrdering = (from: string, to: string) => {
    adjacency.set(from, [...(adjacency.get(from) ?? []), to])
  }
  const inTree = new Set(treeEdges)
  for (const edge of [...treeEdges, ...allEdges.filter((e) => !inTree.has(e))]) {
    if (!reached.has(edge.from) || !reached.has(edge.to)) continue
    if (edge.from === edge.to || reaches(edge.to, edge.from)) {
      cutEdges.push({ collection: edge.to, field: edge.field })
      continue
    }
    kept.push(edge)
    addOrdering(edge.from, edge.to)
  }
  // `after` constraints order collections without carrying data.
  const afterEdges: { from: string; to: string }[] = []
  for (const collection of doc.collections) {
    if (!reached.has(collection.name)) continue
    for (const before of collection.after) {
      if (!reached.has(before) || reaches(collection.name, before)) continue
      afterEdges.push({ from: before, to: collection.name })
      addOrdering(before, collection.name)
    }
  }

  // Levels: longest path from a collection without predecessors (data edges first, then `after` edges).
  const predecessors = new Map<string, string[]>()
  for (const e of [...kept, ...afterEdges])
    predecessors.set(e.to, [...(predecessors.get(e.to) ?? []), e.from])
  const level = new Map<string, number>()
  const levelOf = (name: string, trail: Set<string>): number => {
    const known = level.get(name)
    if (known !== undefined) return known
    trail.add(name)
    const preds = (predecessors.get(name) ?? []).filter((p) => !trail.has(p))
    const value = preds.length === 0 ? 0 : 1 + Math.max(...preds.map((p) => levelOf(p, trail)))
    trail.delete(name)
    level.set(name, value)
    return value
  }
  const lookups: CollectionLookup[] = doc.collections
    .filter((c) => reached.has(c.name))
    .map((c) => ({
      collection: c.name,
      level: levelOf(c.name, new Set()),
      identityFields: identityFields.get(c.name) ?? [],
      edges: kept
        .filter((e) => e.to === c.name)
        .map((e) => ({ field: e.field, source: e.from, sourceField: e.sourceField })),
    }))
  const depth = Math.max(-1, ...lookups.map((l) => l.level))
  const levels = Array.from({ length: depth + 1 }, (_, i) => lookups.filter((l) => l.level === i))
  return {
    levels,
    unreachable: doc.collections.filter((c) => !reached.has(c.name)).map((c) => c.name),
    cutEdges: cutEdges.filter((e) => byName.has(e.collection)),
  }
}

/**
 * Whether a person's identities can find anything in this dataset: one of them is of a kind (and, for a customer or
 * file number, of the system) that one of its collections is searched by. When not, Custos cannot tell which of the
 * dataset's rows are that person's.
 */
export function canSearchBy(doc: DatasetDocument, identities: readonly SearchIdentity[]): boolean {
  const has = (kind: SearchKind) => valuesForKind(identities, kind, doc.system).length > 0
  return doc.collections.some(
    (c) =>
      (c.clientField !== undefined && has('client')) ||
      c.fields.some((f) => f.identity !== undefined && has(f.identity)),
  )
}
