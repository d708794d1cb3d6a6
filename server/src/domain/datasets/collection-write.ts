import { type FieldStrategies, maskedValues } from './field-strategies'
import type { DatasetCollection } from './schema'
import {
  type CollectionWrite,
  differs,
  type HeldRow,
  keyOf,
  type LegalHeldRow,
  type Row,
  type RowUpdate,
  type WithheldReason,
} from './write-plan'

/** What the plan does with one row found: deleted, or kept (held, with the reason) and masked where it may be. */
export interface Decision {
  held?: WithheldReason
  delete: boolean
  /** A row a legal hold keeps: what would become of it without the hold ('erase', or kept on by a rule). */
  after?: 'erase' | Extract<WithheldReason, { kind: 'retention' }>
}

/**
 * One collection's part of an erasure plan, from the decision made for each row found: the deletes and updates,
 * the withheld rows counted by reason, and the rows recorded by key (kept under a retention rule or a legal hold).
 * Its own function, apart from the planning of the decisions, so that each stays small enough to be compiled
 * quickly (a worker runs few erasures; most run before V8 has optimised the code).
 */
export function collectionWrite(
  collection: DatasetCollection,
  rows: readonly Row[],
  rowDecisions: readonly Decision[],
  strategies: FieldStrategies,
  deleteAll: boolean,
  hash: (value: string) => string,
): CollectionWrite {
  const updates: RowUpdate[] = []
  const deletes: unknown[][] = []
  // `until`: a retention group's end so far (its reason gets it once the rows are counted).
  const withheld = new Map<string, { rows: number; reason: WithheldReason; until?: string | null }>()
  const held: HeldRow[] = []
  const legalHeld: LegalHeldRow[] = []
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row
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
        (after !== 'erase' || deleteAll || differs(row, maskedValues(strategies, row, hash)))
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
      continue
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
      const previous = entry?.until
      // The group's end is the latest row's; one row with no end date makes the group's end unknown. The group's
      // reason is its last row's with that end (made once, below).
      const until =
        previous === undefined || decision.held.until === null
          ? decision.held.until
          : previous === null || previous > decision.held.until
            ? previous
            : decision.held.until
      if (entry) {
        entry.rows++
        entry.reason = decision.held
        entry.until = until
      } else withheld.set(key, { rows: 1, reason: decision.held, until })
      continue
    }
    if (decision.delete) {
      deletes.push(keyOf(collection, row))
      continue
    }
    if (decision.held?.kind === 'referenced') {
      const key = `ref:${decision.held.by}`
      withheld.set(key, { rows: (withheld.get(key)?.rows ?? 0) + 1, reason: decision.held })
    }
    // A collection whose fields all stay (no strategy) has nothing to mask.
    if (strategies.length === 0) continue
    const set = maskedValues(strategies, row, hash)
    if (differs(row, set)) updates.push({ key: keyOf(collection, row), set })
  }
  return {
    collection: collection.name,
    found: rows.length,
    updates,
    deletes,
    withheld: [...withheld.values()].map(({ rows, reason, until }) =>
      until === undefined || reason.kind !== 'retention'
        ? { rows, reason }
        : { rows, reason: { ...reason, until } },
    ),
    fields: [...new Set(updates.flatMap((u) => Object.keys(u.set)))],
    ...(held.length > 0 ? { held } : {}),
    ...(legalHeld.length > 0 ? { legalHeld } : {}),
  }
}
