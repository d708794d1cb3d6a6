import type { DatasetDocument } from '../../domain/datasets/schema'
import type { WithheldReason, WritePlan } from '../../domain/datasets/write-plan'
import type { AppliedCollection } from './apply-plan'
import type { DatasetRead } from './read-dataset'

/** How many primary keys a dry run lists per collection and change (the counts are always complete). */
const SAMPLE_KEYS = 50

export interface ReadSummary extends Record<string, unknown> {
  queries: number
  unreachable: string[]
  read: { collection: string; level: number; found: number; fields: string[]; categories: string[] }[]
}

export interface PlanSummary extends Record<string, unknown> {
  changes: {
    collection: string
    found: number
    toUpdate: number
    toDelete: number
    fields: string[]
    updateKeys: unknown[][]
    deleteKeys: unknown[][]
    withheld: { rows: number; reason: WithheldReason }[]
    updated?: number
    deleted?: number
  }[]
  manual: string[]
  applied: boolean
  /** Erasure: statements that checked whether other records refer to the rows found. */
  sharedQueries?: number
  /** Erasure: this request's erasure was already applied to the dataset by that run; nothing was done again. */
  alreadyErased?: { runId: string; finishedAt: string | null }
  /** Erasure: rows kept under a retention rule and recorded by key (see retention-holds.ts). */
  held?: number
}

/** The result of a step that had nothing to do (an erasure already applied): no reads, no changes. */
export function emptyResult(): ReadSummary & PlanSummary {
  return { queries: 0, unreachable: [], read: [], changes: [], manual: [], applied: false }
}

/** What was read, per collection: counts and the fields and categories concerned - never the values. */
export function describeRead(doc: DatasetDocument, read: DatasetRead): ReadSummary {
  return {
    queries: read.queries,
    unreachable: read.unreachable,
    read: read.collections.map((c) => {
      const collection = doc.collections.find((x) => x.name === c.collection)
      return {
        collection: c.collection,
        level: c.level,
        found: c.rows.length,
        fields: collection?.fields.map((f) => f.name) ?? [],
        categories: [...new Set(collection?.fields.flatMap((f) => (f.category ? [f.category] : [])) ?? [])],
      }
    }),
  }
}

/** What a write plan changes (a dry run shows this before anything is written), and what it did once applied. */
export function describePlan(
  plan: WritePlan & { manual?: string[] },
  applied: AppliedCollection[] | null,
): PlanSummary {
  return {
    applied: applied !== null,
    manual: plan.manual ?? [],
    held: plan.collections.reduce((n, c) => n + (c.held?.length ?? 0), 0),
    changes: plan.collections
      .filter((c) => c.found > 0)
      .map((c) => {
        const done = applied?.find((a) => a.collection === c.collection)
        return {
          collection: c.collection,
          found: c.found,
          toUpdate: c.updates.length,
          toDelete: c.deletes.length,
          fields: [...c.fields],
          updateKeys: c.updates.slice(0, SAMPLE_KEYS).map((u) => u.key),
          deleteKeys: c.deletes.slice(0, SAMPLE_KEYS),
          withheld: c.withheld.map((w) => ({ rows: w.rows, reason: w.reason })),
          ...(done ? { updated: done.updated, deleted: done.deleted } : {}),
        }
      }),
  }
}
