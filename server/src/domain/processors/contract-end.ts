import type { Language } from '../register/localized'

/**
 * The end of a processing contract (Art. 28(3)(g) GDPR): at the client's choice the processor returns the client's
 * data or destroys it. What one system did is summed up per collection from the connector run's step results; the
 * certificate of destruction and the API read this outcome, stored with the contract end.
 */

export type ContractEndChoice = 'return' | 'destroy'

/** Rows the erasure left in place, with why (a retention rule of the register, or data other records share). */
export interface KeptRows {
  rows: number
  /** retention: a legal obligation (the rule and the last day it keeps the rows; null: no fixed end). */
  reason: 'retention' | 'shared' | 'referenced' | 'reference_data' | 'legal_hold'
  rule?: string | undefined
  until?: string | null | undefined
  /** legal_hold: the hold's reason (a dispute, an inspection). */
  holdReason?: string | undefined
}

export interface CollectionOutcome {
  collection: string
  found: number
  deleted: number
  masked: number
  kept: KeptRows[]
}

export interface SystemOutcome {
  dataset: string
  datasetName: string
  system: string
  systemName: string
  collections: CollectionOutcome[]
}

export interface ContractEndOutcome {
  runId: string
  startedAt: string
  finishedAt: string
  systems: SystemOutcome[]
}

/** The step result of the engine (step-result.ts), read for what the certificate needs. */
export interface StepResultLike {
  read?: { collection: string; found: number }[]
  changes?: {
    collection: string
    found: number
    toUpdate: number
    toDelete: number
    updated?: number
    deleted?: number
    withheld: {
      rows: number
      reason: { kind: string; rule?: string; until?: string | null; reason?: string }
    }[]
  }[]
}

/** Per collection: found, deleted, masked and kept (with the reason) - from one step's result. */
export function collectionOutcomes(result: StepResultLike): CollectionOutcome[] {
  const changes = new Map((result.changes ?? []).map((c) => [c.collection, c]))
  return (result.read ?? [])
    .filter((r) => r.found > 0)
    .map((r) => {
      const change = changes.get(r.collection)
      const referenced = (change?.withheld ?? [])
        .filter((w) => w.reason.kind === 'referenced')
        .reduce((n, w) => n + w.rows, 0)
      const kept: KeptRows[] = (change?.withheld ?? [])
        .filter((w) => w.reason.kind !== 'referenced')
        .map((w) => ({
          rows: w.rows,
          reason: w.reason.kind as KeptRows['reason'],
          ...(w.reason.kind === 'retention' ? { rule: w.reason.rule, until: w.reason.until ?? null } : {}),
          ...(w.reason.kind === 'legal_hold' ? { holdReason: w.reason.reason ?? '' } : {}),
        }))
      return {
        collection: r.collection,
        found: r.found,
        deleted: change ? (change.deleted ?? change.toDelete) : 0,
        masked: change ? (change.updated ?? change.toUpdate) : 0,
        kept: referenced > 0 ? [...kept, { rows: referenced, reason: 'referenced' as const }] : kept,
      }
    })
}

export const totalsOf = (outcome: Pick<ContractEndOutcome, 'systems'>) => {
  const all = outcome.systems.flatMap((s) => s.collections)
  return {
    found: all.reduce((n, c) => n + c.found, 0),
    deleted: all.reduce((n, c) => n + c.deleted, 0),
    masked: all.reduce((n, c) => n + c.masked, 0),
    // Rows masked instead of deleted are counted as masked, not as kept.
    kept: all.reduce(
      (n, c) => n + c.kept.reduce((m, k) => m + (k.reason === 'referenced' ? 0 : k.rows), 0),
      0,
    ),
  }
}

export const CHOICE_LABEL: Record<ContractEndChoice, Record<Language, string>> = {
  return: { nl: 'Teruggave', fr: 'Restitution', en: 'Return' },
  destroy: { nl: 'Vernietiging', fr: 'Destruction', en: 'Destruction' },
}
