import { collectionWrite, type Decision } from './collection-write'
import { changingFields, type FieldStrategies } from './field-strategies'
import type { DatasetCollection, DatasetDocument, DatasetField } from './schema'
import type { SharedRow, SharedRows } from './shared-rows'
import {
  type CollectionWrite,
  childFirstOrder,
  type FoundRows,
  type HoldRule,
  type Row,
  type WithheldReason,
  type WritePlan,
} from './write-plan'

export { changingFields, type FieldStrategies, maskedValues } from './field-strategies'

function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? null : date
  }
  return null
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** yyyy-MM-dd in local time, as date-fns format(date, 'yyyy-MM-dd') gives it, without parsing a pattern per row. */
function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`
}

/**
 * `date` plus a rule's duration, as the local day (yyyy-MM-dd): what `localDay(add(date, duration))` of date-fns
 * gives (months first, clamped to the end of a shorter month, then days, in local time), with two Dates instead of
 * date-fns's generic steps - it runs for every held row of every erasure.
 */
export function dayAfter(date: Date, duration: NonNullable<HoldRule['duration']>): string {
  const months = duration.months + duration.years * 12
  const result = new Date(date.getTime())
  if (months) {
    const day = result.getDate()
    const endOfMonth = new Date(date.getTime())
    endOfMonth.setMonth(date.getMonth() + months + 1, 0)
    if (day >= endOfMonth.getDate()) result.setTime(endOfMonth.getTime())
    else result.setFullYear(endOfMonth.getFullYear(), endOfMonth.getMonth(), day)
  }
  if (duration.days) result.setDate(result.getDate() + duration.days)
  return localDay(result)
}

/**
 * Whether a row is held and until when: the last day it must be kept, null when the rule has no duration (held,
 * end unknown), or false when its period is over (or its date unknown: not held).
 */
function heldUntil(
  row: Row,
  dateField: string | undefined,
  rule: HoldRule,
  today: string,
): string | null | false {
  // No duration ("for the statutory period", "until the dispute is settled"): kept, whatever the row's date.
  if (rule.duration === undefined) return null
  // No date on the row: the period counts from an event Custos knows (the person's contract end, last contact):
  // kept with no end date here; the retention sweep removes the row once that period has ended (decision 0047).
  if (!dateField) return null
  const date = asDate(row[dateField])
  if (!date) return false
  const until = dayAfter(date, rule.duration)
  return until >= today ? until : false
}

/** Withheld rows that stay exactly as they are. */
const UNTOUCHED = new Set(['retention', 'shared', 'reference_data', 'legal_hold'])

/** The legal hold that keeps a row (issue 16): the hold's id, scope and reason; undefined when none does. */
export type LegalHoldOf = (
  collection: string,
  row: Row,
) => Extract<WithheldReason, { kind: 'legal_hold' }> | undefined

/** Whether any of the decisions deletes its row. */
function anyDelete(decisions: readonly Decision[] | undefined): boolean {
  if (!decisions) return false
  for (const decision of decisions) if (decision.delete) return true
  return false
}

/** Rows referred to by a row that stays (per `stays`) are masked instead of deleted, up the chain. */
function protectReferencedRows(
  shape: PlanShape,
  found: FoundRows,
  decisions: Map<string, Decision[]>,
  stays: (decision: Decision) => boolean,
): void {
  for (const { name, field, ref } of shape.references) {
    const parentDecisions = decisions.get(ref.collection)
    // Only a row to be deleted can be protected: a collection with none needs no look at the rows referring to it.
    if (!parentDecisions || !anyDelete(parentDecisions)) continue
    const childRows = found.get(name)
    if (!childRows || childRows.length === 0) continue
    const childDecisions = decisions.get(name) ?? []
    const kept = new Set<string>()
    for (let i = 0; i < childRows.length; i++) {
      const decision = childDecisions[i]
      if (decision !== undefined && stays(decision)) kept.add(String((childRows[i] as Row)[field]))
    }
    if (kept.size === 0) continue
    const parentRows = found.get(ref.collection) ?? []
    for (let i = 0; i < parentRows.length; i++) {
      if (parentDecisions[i]?.delete && kept.has(String((parentRows[i] as Row)[ref.field])))
        parentDecisions[i] = { delete: false, held: { kind: 'referenced', by: name } }
    }
  }
}

/** Rows found only because they hang off a deleted row (a `from` reference) are deleted with it, unless held. */
function cascadeDeletes(shape: PlanShape, found: FoundRows, decisions: Map<string, Decision[]>): void {
  for (const { name, field, ref } of shape.cascades) {
    const parentDecisions = decisions.get(ref.collection)
    // Nothing deleted above: nothing cascades.
    if (!parentDecisions || !anyDelete(parentDecisions)) continue
    const childRows = found.get(name)
    if (!childRows || childRows.length === 0) continue
    const childDecisions = decisions.get(name) ?? []
    const parentRows = found.get(ref.collection) ?? []
    const deleted = new Set<string>()
    for (let i = 0; i < parentRows.length; i++)
      if (parentDecisions[i]?.delete) deleted.add(String((parentRows[i] as Row)[ref.field]))
    for (let i = 0; i < childRows.length; i++) {
      const decision = childDecisions[i]
      if (decision && !decision.held && deleted.has(String((childRows[i] as Row)[field])))
        childDecisions[i] = { delete: true }
    }
  }
}

type Reference = NonNullable<DatasetField['references']>

/** What planning needs of a document, worked out once per document rather than for every plan. */
interface PlanShape {
  /** Collections in write order (referencing collections first). */
  readonly order: readonly DatasetCollection[]
  /** Per collection: every row deleted (collection or a field says so), and the fields erasure changes. */
  readonly deleteAll: ReadonlyMap<string, boolean>
  readonly strategies: ReadonlyMap<string, FieldStrategies>
  /** References to another collection, in write order of the referring collection, then field order. */
  readonly references: readonly { name: string; field: string; ref: Reference }[]
  /** `from`/`both` references to another collection, referring collections in reverse write order. */
  readonly cascades: readonly { name: string; field: string; ref: Reference }[]
}

const shapes = new WeakMap<DatasetDocument, PlanShape>()

/** The plan's shape of a document, kept for as long as the document (a document is never changed once parsed). */
function planShape(doc: DatasetDocument): PlanShape {
  const known = shapes.get(doc)
  if (known) return known
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  const order = childFirstOrder(doc).map((name) => byName.get(name) as DatasetCollection)
  const referencesOf = (collection: DatasetCollection) =>
    collection.fields.flatMap((field) =>
      field.references && field.references.collection !== collection.name
        ? [{ name: collection.name, field: field.name, ref: field.references }]
        : [],
    )
  const shape: PlanShape = {
    order,
    deleteAll: new Map(
      doc.collections.map((c) => [
        c.name,
        c.erasure === 'delete' || c.fields.some((f) => f.erasure?.strategy === 'delete_row'),
      ]),
    ),
    strategies: new Map(doc.collections.map((c) => [c.name, changingFields(c)])),
    references: order.flatMap(referencesOf),
    cascades: [...order]
      .reverse()
      .flatMap(referencesOf)
      .filter(({ ref }) => ref.direction === 'from' || ref.direction === 'both'),
  }
  shapes.set(doc, shape)
  return shape
}

type PlanOptions = Parameters<typeof planErasure>[2]

/** What becomes of a row no legal hold keeps: withheld as shared, held under the collection's rule, or erased. */
function unheldDecision(
  collection: DatasetCollection,
  row: Row,
  other: SharedRow | undefined,
  rule: HoldRule | undefined,
  deleteAll: boolean,
  today: string,
): Decision {
  if (other?.outward) return { held: { kind: 'shared', by: [...other.by].sort() }, delete: false }
  const until = rule && collection.hold ? heldUntil(row, collection.hold.dateField, rule, today) : false
  if (rule && until !== false)
    return {
      held: {
        kind: 'retention',
        rule: rule.key,
        until,
        ...(until === null
          ? {
              openEnd: rule.openEnd ?? (collection.hold?.dateField ? 'statutory_period' : 'until_event'),
            }
          : {}),
        ...(until === null && rule.trigger ? { trigger: rule.trigger } : {}),
      },
      delete: false,
    }
  return { delete: deleteAll }
}

/** The decision for each row found of one collection, before references protect or cascade. */
function decideRows(
  collection: DatasetCollection,
  rows: readonly Row[],
  deleteAll: boolean,
  options: PlanOptions,
): Decision[] {
  const decisions: Decision[] = new Array(rows.length)
  if (collection.shared) {
    for (let i = 0; i < rows.length; i++) decisions[i] = { held: { kind: 'reference_data' }, delete: false }
    return decisions
  }
  const rule = collection.hold ? options.holds.get(collection.hold.rule) : undefined
  const shared = options.shared?.get(collection.name)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row
    const without = unheldDecision(collection, row, shared?.get(i), rule, deleteAll, options.today)
    const legal = options.legalHold?.(collection.name, row)
    // Kept untouched while a legal hold lasts; what would become of the row without the hold is recorded with it
    // (a row shared with other people's records stays anyway and is not).
    decisions[i] = !legal
      ? without
      : without.held?.kind === 'shared'
        ? { held: legal, delete: false }
        : { held: legal, delete: false, after: without.held?.kind === 'retention' ? without.held : 'erase' }
  }
  return decisions
}

/**
 * Plans an erasure from the rows the traversal found. Rows a retention rule of the register still covers are
 * withheld with that reason (each with its own end date, by key); rows other people's records refer to (`shared`)
 * and rows of collections marked `shared` are withheld untouched; rows that would be deleted but are still referred to by a kept row are masked instead
 * (reason recorded); everything else is deleted or masked field by field as the dataset says. Pure: the same
 * rows give the same plan, which is what makes a rerun after a crash change nothing twice.
 */
export function planErasure(
  doc: DatasetDocument,
  found: FoundRows,
  options: {
    holds: ReadonlyMap<string, HoldRule>
    today: string
    hash: (value: string) => string
    /** Rows that rows outside the person's own refer to (see shared-rows.ts): withheld. */
    shared?: SharedRows
    /** Rows a legal hold keeps: withheld untouched, the rows they refer to kept too. */
    legalHold?: LegalHoldOf
  },
): WritePlan {
  const shape = planShape(doc)
  const decisions = new Map<string, Decision[]>()
  for (const collection of doc.collections) {
    const rows = found.get(collection.name) ?? []
    decisions.set(
      collection.name,
      decideRows(collection, rows, shape.deleteAll.get(collection.name) === true, options),
    )
  }
  // Rows that stay as they are (held, shared) protect the rows they refer to, before deletes cascade.
  protectReferencedRows(shape, found, decisions, (d) => UNTOUCHED.has(d.held?.kind ?? ''))
  cascadeDeletes(shape, found, decisions)
  // The person's own rows other records refer to are masked instead of deleted.
  for (const [name, rows] of options.shared ?? []) {
    const rowDecisions = decisions.get(name) ?? []
    for (const [i, other] of rows) {
      if (!other.outward && rowDecisions[i]?.delete)
        rowDecisions[i] = { delete: false, held: { kind: 'referenced', by: [...other.by].sort().join(', ') } }
    }
  }
  protectReferencedRows(shape, found, decisions, (d) => !d.delete)

  const collections: CollectionWrite[] = []
  for (const collection of shape.order) {
    const name = collection.name
    collections.push(
      collectionWrite(
        collection,
        found.get(name) ?? [],
        decisions.get(name) ?? [],
        shape.strategies.get(name) ?? [],
        shape.deleteAll.get(name) === true,
        options.hash,
      ),
    )
  }
  return { collections }
}
