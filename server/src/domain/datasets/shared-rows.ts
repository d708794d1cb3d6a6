import type { SearchKind } from './identity-values'
import type { DatasetDocument } from './schema'
import { planTraversal } from './traversal'
import type { FoundRows, Row, WritePlan } from './write-plan'

/**
 * Rows reached from a person's rows may also belong to other people: an address a customer points to can be the
 * address of another customer of the household, of a staff member or of a store. Before erasure changes such a
 * row, the engine asks each collection that refers to it - one query per referring collection, all its referring
 * fields in one condition - which of its rows point at the rows found. A referring row that is not one of the
 * person's own rows makes the target row shared:
 * - a row reached outward (only through references the person's rows hold, like customer -> address) is withheld,
 *   never masked or deleted;
 * - a row of the person's own (found by an identity, or hanging off their rows) is masked instead of deleted, so
 *   the other record keeps a valid reference.
 */

/** One query: the rows of `collection` whose fields point at the candidate values. */
export interface SharedCheck {
  readonly collection: string
  /** field of `collection` IN values (the referenced field's values in the rows found of the target). */
  readonly matches: readonly {
    field: string
    target: string
    targetField: string
    values: unknown[]
    /** The target's rows were reached only outward (see above). */
    outward: boolean
  }[]
}

/**
 * A foreign key the system itself declares (read from its catalogue when the erasure runs): `table.column` refers
 * to `collection.field` of the dataset. The dataset may not describe it - a table of the system the dataset leaves
 * out (a store, a staff table) can still point at the address a person's row points at.
 */
export interface DeclaredReference {
  /** The referring table (a collection of the dataset or not). */
  readonly table: string
  readonly column: string
  /** The referring table's primary key, so each referring row counts once (empty when it has none). */
  readonly primaryKey: readonly string[]
  /** The dataset collection referred to, and its field. */
  readonly collection: string
  readonly field: string
}

/** Per collection: the index (in the rows found) of each shared row -> the collections that also refer to it. */
export type SharedRows = ReadonlyMap<string, ReadonlyMap<number, SharedRow>>

export interface SharedRow {
  /** The referring collections with rows outside the person's own. */
  readonly by: readonly string[]
  /** Reached outward only (not the person's own row): withheld untouched. */
  readonly outward: boolean
}

const valueKey = (value: unknown): string =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)

function distinct(values: unknown[]): unknown[] {
  const seen = new Map<string, unknown>()
  for (const v of values) if (v !== null && v !== undefined) seen.set(valueKey(v), v)
  return [...seen.values()]
}

/** A reference that may make a target row shared: `collection.field` points at `target.targetField`. */
interface Candidate {
  readonly collection: string
  readonly field: string
  readonly target: string
  readonly targetField: string
  readonly outward: boolean
}

/** The references to check for one document and set of identity kinds: the same for every erasure. */
interface CheckShape {
  /** The dataset's own references, referring collections and fields in document order. */
  readonly described: readonly Candidate[]
  /** The system's foreign keys the dataset does not describe (the list is read once per driver: kept per list). */
  declared(declared: readonly DeclaredReference[]): readonly Candidate[]
}

const checkShapes = new WeakMap<DatasetDocument, Map<string, CheckShape>>()

/** The check's shape of a document, kept for as long as the document (a document is never changed once parsed). */
function checkShape(doc: DatasetDocument, kinds: readonly SearchKind[]): CheckShape {
  const memo = checkShapes.get(doc) ?? new Map<string, CheckShape>()
  checkShapes.set(doc, memo)
  const key = [...new Set(kinds)].sort().join(',')
  const known = memo.get(key)
  if (known) return known
  // The same traversal the read used (same identity kinds), so the same references were followed.
  const traversal = planTraversal(doc, kinds)
  const covered = new Set(
    traversal.levels
      .flat()
      .flatMap((l) => l.edges.map((e) => `${l.collection}.${e.field}->${e.source}.${e.sourceField}`)),
  )
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const lookups = new Map(traversal.levels.flat().map((l) => [l.collection, l]))
  const outward = (target: string): boolean => {
    const lookup = lookups.get(target)
    if (!lookup || lookup.identityFields.length > 0 || lookup.edges.length === 0) return false
    // An edge is outward when the source's field is the one holding the reference to the target.
    return lookup.edges.every(
      (e) =>
        byName.get(e.source)?.fields.find((f) => f.name === e.sourceField)?.references?.collection === target,
    )
  }
  const described: Candidate[] = []
  for (const referring of doc.collections) {
    for (const field of referring.fields) {
      const ref = field.references
      if (!ref) continue
      const target = byName.get(ref.collection)
      if (!target || target.shared) continue
      if (covered.has(`${referring.name}.${field.name}->${ref.collection}.${ref.field}`)) continue
      described.push({
        collection: referring.name,
        field: field.name,
        target: ref.collection,
        targetField: ref.field,
        outward: outward(ref.collection),
      })
    }
  }
  const undescribed = (declared: readonly DeclaredReference[]): Candidate[] =>
    declared.flatMap((ref) => {
      const target = byName.get(ref.collection)
      if (!target || target.shared) return []
      if (covered.has(`${ref.table}.${ref.column}->${ref.collection}.${ref.field}`)) return []
      const described = byName
        .get(ref.table)
        ?.fields.some(
          (f) =>
            f.name === ref.column &&
            f.references?.collection === ref.collection &&
            f.references.field === ref.field,
        )
      if (described) return []
      return [
        {
          collection: ref.table,
          field: ref.column,
          target: ref.collection,
          targetField: ref.field,
          outward: outward(ref.collection),
        },
      ]
    })
  const perList = new WeakMap<readonly DeclaredReference[], readonly Candidate[]>()
  const shape: CheckShape = {
    described,
    declared(declared) {
      let known = perList.get(declared)
      if (!known) {
        known = undescribed(declared)
        perList.set(declared, known)
      }
      return known
    },
  }
  memo.set(key, shape)
  return shape
}

/**
 * The checks an erasure needs. A reference the traversal followed inward (the referring rows were read from the
 * target's rows, e.g. rental -> customer with direction `from`) needs none: every row pointing at the person's
 * rows was read, so it is one of theirs. Collections marked `shared` are never changed, so never checked.
 */
export function sharedChecks(
  doc: DatasetDocument,
  found: FoundRows,
  kinds: readonly SearchKind[],
  declared: readonly DeclaredReference[] = [],
): SharedCheck[] {
  const shape = checkShape(doc, kinds)
  // Values per referenced field, worked out once even when several references point at it.
  const valuesOf = new Map<string, unknown[]>()
  const values = (target: string, targetField: string): unknown[] => {
    const id = `${target}\u0000${targetField}`
    let known = valuesOf.get(id)
    if (!known) {
      known = distinct((found.get(target) ?? []).map((row) => row[targetField]))
      valuesOf.set(id, known)
    }
    return known
  }
  const merged = new Map<string, SharedCheck['matches'][number][]>()
  const add = (c: Candidate, declaredKey: boolean) => {
    const v = values(c.target, c.targetField)
    if (v.length === 0) return
    const matches = merged.get(c.collection) ?? []
    if (declaredKey && matches.some((m) => m.field === c.field && m.target === c.target)) return
    matches.push({
      field: c.field,
      target: c.target,
      targetField: c.targetField,
      values: v,
      outward: c.outward,
    })
    merged.set(c.collection, matches)
  }
  for (const c of shape.described) add(c, false)
  // The system's own foreign keys the dataset does not describe, added to the checks (merged per referring
  // table): a row such a key points at is shared exactly like one a described reference points at. A key the
  // dataset describes is already checked (or was followed by the traversal); keys to collections marked `shared`
  // need none.
  for (const c of shape.declared(declared)) add(c, true)
  return [...merged].map(([collection, matches]) => ({ collection, matches }))
}

/**
 * Only rows an erasure would change need the check: the rows found, narrowed to those a plan made without it
 * updates or deletes. Knowing about shared rows only withholds or protects more, never changes more, so a row left
 * alone by that first plan stays alone (a rental kept because a held payment refers to it needs no query).
 */
export function rowsToCheck(doc: DatasetDocument, found: FoundRows, firstPlan: WritePlan): FoundRows {
  const narrowed = new Map<string, Row[]>()
  const writes = new Map<string, WritePlan['collections'][number]>()
  for (const c of firstPlan.collections) if (!writes.has(c.collection)) writes.set(c.collection, c)
  for (const collection of doc.collections) {
    const write = writes.get(collection.name)
    // A collection the plan leaves alone (kept, held, nothing found) has no row to check.
    if (!write || (write.updates.length === 0 && write.deletes.length === 0)) continue
    const keys = new Set([...write.updates.map((u) => u.key), ...write.deletes].map((k) => JSON.stringify(k)))
    const rows = (found.get(collection.name) ?? []).filter((row) =>
      keys.has(JSON.stringify((collection.primaryKey ?? []).map((k) => row[k]))),
    )
    if (rows.length > 0) narrowed.set(collection.name, rows)
  }
  return narrowed
}

/**
 * Whether the check found any shared row. When it found none, a plan made with its answer is the plan made
 * without it (planErasure only withholds or protects the rows it names), so the first plan stands.
 */
export function anyShared(shared: SharedRows): boolean {
  for (const rows of shared.values()) if (rows.size > 0) return true
  return false
}

/**
 * Which rows found are shared, from the rows each check returned: for every referenced value, the rows that point
 * at it in the database minus the person's own rows that do (found by the traversal). Pure.
 */
export function sharedRows(
  found: FoundRows,
  checks: readonly SharedCheck[],
  referring: ReadonlyMap<string, readonly Row[]>,
): SharedRows {
  const shared = new Map<string, Map<number, { by: string[]; outward: boolean }>>()
  for (const check of checks) {
    const inDatabase = referring.get(check.collection) ?? []
    const own = found.get(check.collection) ?? []
    for (const match of check.matches) {
      const count = (rows: readonly Row[]) => {
        const counts = new Map<string, number>()
        for (const row of rows) {
          const v = row[match.field]
          if (v === null || v === undefined) continue
          counts.set(valueKey(v), (counts.get(valueKey(v)) ?? 0) + 1)
        }
        return counts
      }
      const all = count(inDatabase)
      const mine = count(own)
      const outside = new Set([...all].filter(([v, n]) => n > (mine.get(v) ?? 0)).map(([v]) => v))
      if (outside.size === 0) continue
      const rows = shared.get(match.target) ?? new Map<number, { by: string[]; outward: boolean }>()
      ;(found.get(match.target) ?? []).forEach((row, i) => {
        if (!outside.has(valueKey(row[match.targetField]))) return
        const entry = rows.get(i) ?? { by: [], outward: match.outward }
        if (!entry.by.includes(check.collection)) entry.by.push(check.collection)
        rows.set(i, entry)
      })
      shared.set(match.target, rows)
    }
  }
  return shared
}
