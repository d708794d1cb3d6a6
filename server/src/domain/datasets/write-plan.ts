import type { DatasetCollection, DatasetDocument } from './schema'

export type Row = Record<string, unknown>
export type FoundRows = ReadonlyMap<string, readonly Row[]>

/** Why a held row has no end date: the rule's period is the statutory one, or lasts until an event. */
export type OpenEnd = 'statutory_period' | 'until_event'

/**
 * A retention rule of the register as the planner needs it. Without a duration (a rule with openEnd: "for the
 * statutory period", "as long as the warranty runs") every row it covers is held with no end date - never erased
 * because a number is missing.
 */
export interface HoldRule {
  readonly key: string
  readonly duration?: { readonly years: number; readonly months: number; readonly days: number } | undefined
  readonly openEnd?: OpenEnd | undefined
  readonly trigger?: string | undefined
}

export type WithheldReason =
  /** until: the last day the rows are kept; null: held, end unknown (openEnd says why, trigger from when). */
  | {
      readonly kind: 'retention'
      readonly rule: string
      readonly until: string | null
      readonly openEnd?: OpenEnd
      readonly trigger?: string
    }
  | { readonly kind: 'referenced'; readonly by: string }
  /** Rows other people's records (outside the person's own rows) still refer to: never masked or deleted. */
  | { readonly kind: 'shared'; readonly by: readonly string[] }
  /** A collection the dataset marks `shared` (reference data such as cities): never erased. */
  | { readonly kind: 'reference_data' }
  /** Rows under a legal hold (a person, a request, the collection or the system): kept untouched while it lasts. */
  | { readonly kind: 'legal_hold'; readonly hold: string; readonly scope: string; readonly reason: string }
  | { readonly kind: 'not_rectifiable'; readonly fields: readonly string[] }

export interface RowUpdate {
  readonly key: unknown[]
  readonly set: Record<string, unknown>
}

/** A row kept under a retention rule, with its own end date: recorded so that it can be erased when it ends. */
export interface HeldRow {
  readonly key: unknown[]
  readonly rule: string
  readonly dateField: string
  /** The last day the row must be kept (yyyy-MM-dd); null: held, end unknown (the rule has no duration). */
  readonly until: string | null
  /** Why the end is unknown, when until is null. */
  readonly openEnd?: OpenEnd
}

/**
 * A row kept under a legal hold that the erasure would otherwise have changed (or kept under a retention rule):
 * recorded by key with the hold, so that it is erased - or kept on until its retention end - once the hold is lifted
 * or ends, even after the identity that found it was masked (issue 16, decision 0090). Rows that stay anyway (shared
 * with other people's records, reference data) are not recorded.
 */
export interface LegalHeldRow {
  readonly key: unknown[]
  /** The legal hold that keeps the row. */
  readonly hold: string
  /** The retention rule that still keeps the row once the hold ends; absent: erased when the hold ends. */
  readonly retention?: Omit<HeldRow, 'key'>
}

/** What one collection of one system will undergo: exactly what a dry run shows and the write applies. */
export interface CollectionWrite {
  readonly collection: string
  readonly found: number
  readonly updates: readonly RowUpdate[]
  readonly deletes: readonly unknown[][]
  readonly withheld: readonly { readonly rows: number; readonly reason: WithheldReason }[]
  /** Fields each update changes (the same for every row of the collection). */
  readonly fields: readonly string[]
  /** Erasure: each row kept under a retention rule, by key, with its own end date. */
  readonly held?: readonly HeldRow[]
  /** Erasure: each row a legal hold keeps that is to be erased (or kept on by a rule) once the hold ends, by key. */
  readonly legalHeld?: readonly LegalHeldRow[]
}

export interface WritePlan {
  /** In write order: a collection comes before the collections its rows refer to, so deletes never orphan. */
  readonly collections: readonly CollectionWrite[]
}

export function keyOf(collection: DatasetCollection, row: Row): unknown[] {
  return (collection.primaryKey ?? []).map((k) => row[k])
}

/** Collections ordered so that referencing collections come before the ones they refer to. */
export function childFirstOrder(doc: DatasetDocument): string[] {
  const order: string[] = []
  const visiting = new Set<string>()
  const visit = (name: string) => {
    if (order.includes(name) || visiting.has(name)) return
    visiting.add(name)
    // Everything that refers to `name` goes first.
    for (const child of doc.collections) {
      if (child.name !== name && child.fields.some((f) => f.references?.collection === name))
        visit(child.name)
    }
    visiting.delete(name)
    order.push(name)
  }
  for (const collection of doc.collections) visit(collection.name)
  return order
}

export function differs(row: Row, set: Record<string, unknown>): boolean {
  for (const k of Object.keys(set)) {
    const current = row[k]
    const v = set[k]
    if (current instanceof Date || v instanceof Date) {
      if (String(current) !== String(v)) return true
    } else if (current !== v && !(current == null && v == null)) return true
  }
  return false
}

/** Rectification: the named fields of the rows found take the new values; fields not rectifiable are refused. */
export function planRectification(
  doc: DatasetDocument,
  found: FoundRows,
  changes: readonly { collection: string; field: string; value: unknown }[],
): WritePlan {
  return {
    collections: doc.collections.map((collection) => {
      const rows = found.get(collection.name) ?? []
      const mine = changes.filter((c) => c.collection === collection.name)
      const refused = mine.filter((c) => !collection.fields.find((f) => f.name === c.field)?.rectifiable)
      const set = Object.fromEntries(
        mine.filter((c) => !refused.includes(c)).map((c) => [c.field, c.value] as const),
      )
      const updates = Object.keys(set).length
        ? rows.filter((row) => differs(row, set)).map((row) => ({ key: keyOf(collection, row), set }))
        : []
      return {
        collection: collection.name,
        found: rows.length,
        updates,
        deletes: [],
        withheld:
          refused.length > 0
            ? [
                {
                  rows: rows.length,
                  reason: { kind: 'not_rectifiable', fields: refused.map((r) => r.field) },
                },
              ]
            : [],
        fields: Object.keys(set),
      }
    }),
  }
}

/** Restriction: collections with a flag field get it set on the rows found; the others need a manual step. */
export function planRestriction(doc: DatasetDocument, found: FoundRows): WritePlan & { manual: string[] } {
  const manual: string[] = []
  const collections = doc.collections.map((collection) => {
    const rows = found.get(collection.name) ?? []
    const flag = collection.restriction
    if (!flag) {
      if (rows.length > 0) manual.push(collection.name)
      return {
        collection: collection.name,
        found: rows.length,
        updates: [],
        deletes: [],
        withheld: [],
        fields: [],
      }
    }
    const set = { [flag.field]: flag.value }
    return {
      collection: collection.name,
      found: rows.length,
      updates: rows.filter((row) => differs(row, set)).map((row) => ({ key: keyOf(collection, row), set })),
      deletes: [],
      withheld: [],
      fields: [flag.field],
    }
  })
  return { collections, manual }
}
