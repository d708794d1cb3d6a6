import type { DatasetCollection, DatasetDocument, DatasetField, ErasureStrategy } from './schema'
import type { SharedRows } from './shared-rows'
import {
  type CollectionWrite,
  childFirstOrder,
  differs,
  type FoundRows,
  type HeldRow,
  type HoldRule,
  keyOf,
  type LegalHeldRow,
  type Row,
  type RowUpdate,
  type WithheldReason,
  type WritePlan,
} from './write-plan'

const KEEP: ErasureStrategy = { strategy: 'keep' }
const NULL: ErasureStrategy = { strategy: 'null' }

/** The field's erasure strategy, defaults included: keys and references stay, personal fields are nulled. */
function effectiveStrategy(collection: DatasetCollection, field: DatasetField): ErasureStrategy {
  if (field.erasure) return field.erasure
  if (collection.primaryKey?.includes(field.name) || field.references) return KEEP
  return field.category !== undefined || field.identity !== undefined ? NULL : KEEP
}

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

export type FieldStrategies = readonly (readonly [DatasetField, ErasureStrategy])[]

/** The fields erasure changes in a collection, with their strategies: worked out once, not for every row. */
export function changingFields(collection: DatasetCollection): FieldStrategies {
  return collection.fields
    .map((field) => [field, effectiveStrategy(collection, field)] as const)
    .filter(([, strategy]) => strategy.strategy !== 'keep')
}

export function maskedValues(
  strategies: FieldStrategies,
  row: Row,
  hash: (value: string) => string,
): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const [field, strategy] of strategies) {
    const current = row[field.name]
    switch (strategy.strategy) {
      case 'null':
        set[field.name] = null
        break
      case 'fixed':
        set[field.name] = strategy.value
        break
      case 'hash':
        set[field.name] =
          current === null || current === undefined
            ? current
            : hash(current instanceof Date ? current.toISOString() : String(current)).slice(
                0,
                strategy.maxLength ?? 64,
              )
        break
      case 'delete_row':
        // A row that must be kept instead of deleted: its personal value is nulled.
        if (field.category !== undefined || field.identity !== undefined) set[field.name] = null
        break
      default:
        break
    }
  }
  return set
}

/** Withheld rows that stay exactly as they are. */
const UNTOUCHED = new Set(['retention', 'shared', 'reference_data', 'legal_hold'])

/** The legal hold that keeps a row (issue 16): the hold's id, scope and reason; undefined when none does. */
export type LegalHoldOf = (
  collection: string,
  row: Row,
) => Extract<WithheldReason, { kind: 'legal_hold' }> | undefined

interface Decision {
  held?: WithheldReason
  delete: boolean
  /** A row a legal hold keeps: what would become of it without the hold ('erase', or kept on by a rule). */
  after?: 'erase' | Extract<WithheldReason, { kind: 'retention' }>
}

/** Rows referred to by a row that stays (per `stays`) are masked instead of deleted, up the chain. */
function protectReferencedRows(
  shape: PlanShape,
  found: FoundRows,
  decisions: Map<string, Decision[]>,
  stays: (decision: Decision) => boolean,
): void {
  for (const { name, field, ref } of shape.references) {
    const childRows = found.get(name) ?? []
    const childDecisions = decisions.get(name) ?? []
    const kept = new Set(
      childRows
        .filter((_, i) => {
          const decision = childDecisions[i]
          return decision !== undefined && stays(decision)
        })
        .map((r) => String(r[field])),
    )
    const parentDecisions = decisions.get(ref.collection) ?? []
    ;(found.get(ref.collection) ?? []).forEach((row, i) => {
      if (parentDecisions[i]?.delete && kept.has(String(row[ref.field])))
        parentDecisions[i] = { delete: false, held: { kind: 'referenced', by: name } }
    })
  }
}

/** Rows found only because they hang off a deleted row (a `from` reference) are deleted with it, unless held. */
function cascadeDeletes(shape: PlanShape, found: FoundRows, decisions: Map<string, Decision[]>): void {
  for (const { name, field, ref } of shape.cascades) {
    const childDecisions = decisions.get(name) ?? []
    const parentDecisions = decisions.get(ref.collection) ?? []
    const deleted = new Set(
      (found.get(ref.collection) ?? [])
        .filter((_, i) => parentDecisions[i]?.delete)
        .map((r) => String(r[ref.field])),
    )
    ;(found.get(name) ?? []).forEach((row, i) => {
      const decision = childDecisions[i]
      if (decision && !decision.held && deleted.has(String(row[field]))) childDecisions[i] = { delete: true }
    })
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
    const deleteAll = shape.deleteAll.get(collection.name) === true
    const rule = collection.hold ? options.holds.get(collection.hold.rule) : undefined
    const shared = options.shared?.get(collection.name)
    // What becomes of a row no legal hold keeps.
    const unheld = (row: Row, i: number): Decision => {
      const other = shared?.get(i)
      if (other?.outward) return { held: { kind: 'shared', by: [...other.by].sort() }, delete: false }
      const until =
        rule && collection.hold ? heldUntil(row, collection.hold.dateField, rule, options.today) : false
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
    decisions.set(
      collection.name,
      rows.map((row, i): Decision => {
        if (collection.shared) return { held: { kind: 'reference_data' }, delete: false }
        const legal = options.legalHold?.(collection.name, row)
        if (!legal) return unheld(row, i)
        // Kept untouched while the hold lasts; what would become of it without the hold is recorded with it (a row
        // shared with other people's records stays anyway and is not).
        const without = unheld(row, i)
        return without.held?.kind === 'shared'
          ? { held: legal, delete: false }
          : { held: legal, delete: false, after: without.held?.kind === 'retention' ? without.held : 'erase' }
      }),
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
    const rows = found.get(name) ?? []
    const rowDecisions = decisions.get(name) ?? []
    const strategies = shape.strategies.get(name) ?? []
    const updates: RowUpdate[] = []
    const deletes: unknown[][] = []
    const withheld = new Map<string, { rows: number; reason: WithheldReason }>()
    const held: HeldRow[] = []
    const legalHeld: LegalHeldRow[] = []
    rows.forEach((row, i) => {
      const decision = rowDecisions[i] as Decision
      if (
        decision.held?.kind === 'shared' ||
        decision.held?.kind === 'reference_data' ||
        decision.held?.kind === 'legal_hold'
      ) {
        const key = JSON.stringify(decision.held)
        withheld.set(key, { rows: (withheld.get(key)?.rows ?? 0) + 1, reason: decision.held })
        // Recorded by key (a row without a key cannot be found again, and stays) when there will be something to
        // do: a row to delete, a field to mask, a rule's end to wait for.
        const after = decision.held.kind === 'legal_hold' ? decision.after : undefined
        if (
          decision.held.kind === 'legal_hold' &&
          after &&
          collection.primaryKey?.length &&
          (after !== 'erase' ||
            shape.deleteAll.get(name) === true ||
            differs(row, maskedValues(strategies, row, options.hash)))
        ) {
          legalHeld.push({
            key: keyOf(collection, row),
            hold: decision.held.hold,
            ...(after === 'erase'
              ? {}
              : {
                  retention: {
                    rule: after.rule,
                    dateField: collection.hold?.dateField ?? '',
                    until: after.until,
                    ...(after.openEnd ? { openEnd: after.openEnd } : {}),
                  },
                }),
          })
        }
        return
      }
      if (decision.held?.kind === 'retention') {
        held.push({
          key: keyOf(collection, row),
          rule: decision.held.rule,
          dateField: collection.hold?.dateField ?? '',
          until: decision.held.until,
          ...(decision.held.openEnd ? { openEnd: decision.held.openEnd } : {}),
        })
        const key = `${decision.held.rule}`
        const entry = withheld.get(key)
        const previous = entry?.reason.kind === 'retention' ? entry.reason.until : undefined
        // The group's end is the latest row's; one row with no end date makes the group's end unknown.
        const until =
          previous === undefined || decision.held.until === null
            ? decision.held.until
            : previous === null || previous > decision.held.until
              ? previous
              : decision.held.until
        withheld.set(key, { rows: (entry?.rows ?? 0) + 1, reason: { ...decision.held, until } })
        return
      }
      if (decision.delete) {
        deletes.push(keyOf(collection, row))
        return
      }
      if (decision.held?.kind === 'referenced') {
        const key = `ref:${decision.held.by}`
        withheld.set(key, { rows: (withheld.get(key)?.rows ?? 0) + 1, reason: decision.held })
      }
      const set = maskedValues(strategies, row, options.hash)
      if (differs(row, set)) updates.push({ key: keyOf(collection, row), set })
    })
    collections.push({
      collection: name,
      found: rows.length,
      updates,
      deletes,
      withheld: [...withheld.values()],
      fields: [...new Set(updates.flatMap((u) => Object.keys(u.set)))],
      ...(held.length > 0 ? { held } : {}),
      ...(legalHeld.length > 0 ? { legalHeld } : {}),
    })
  }
  return { collections }
}
