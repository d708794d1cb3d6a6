import type { LegalHoldOf } from '../../domain/datasets/erasure-plan'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { canSearchBy } from '../../domain/datasets/traversal'
import { keyOf } from '../../domain/datasets/write-plan'
import type { Driver } from '../driver'
import { readDataset } from './read-dataset'

/**
 * A legal hold an erasure run respects, resolved when the run started (issue 16): rows of the held system or
 * collection, or - for a hold on a person or a request, when the erasure is not that person's own (a client's
 * contract end, an ad-hoc erasure) - the rows the dataset's traversal finds with the held person's identities.
 */
export interface RunLegalHold {
  id: string
  scope: 'system' | 'collection' | 'subject' | 'request'
  reason: string
  systemKey?: string | null
  datasetKey?: string | null
  collection?: string | null
  /** A hold on a person or a request: the held person's identities (stored encrypted with the run's input). */
  identities?: SearchIdentity[]
}

const keyText = (key: readonly unknown[]) =>
  JSON.stringify(key.map((v) => (v instanceof Date ? v.toISOString() : v)))

/**
 * Which rows of one dataset the run's legal holds keep: the whole dataset for a hold on its system, a collection for
 * a hold on it, and the held people's rows found with their identities (one traversal per held person).
 */
export async function legalHoldsOfStep(
  driver: Driver,
  doc: DatasetDocument,
  step: { dataset_key: string; system_key: string },
  holds: readonly RunLegalHold[],
): Promise<LegalHoldOf | undefined> {
  const reason = (h: RunLegalHold) => ({
    kind: 'legal_hold' as const,
    hold: h.id,
    scope: h.scope,
    reason: h.reason,
  })
  // A held person none of whose identities this dataset is searched by: which rows are theirs cannot be told, so
  // every row is kept (the run's start refuses this case; never erased on a guess should it get here).
  const system =
    holds.find((h) => h.scope === 'system' && h.systemKey === step.system_key) ??
    holds.find(
      (h) =>
        (h.scope === 'subject' || h.scope === 'request') &&
        h.identities?.length &&
        !canSearchBy(doc, h.identities),
    )
  const collections = new Map(
    holds
      .filter((h) => h.scope === 'collection' && h.datasetKey === step.dataset_key && h.collection)
      .map((h) => [h.collection as string, h]),
  )
  const rows = new Map<string, Map<string, RunLegalHold>>()
  const byName = new Map(doc.collections.map((c) => [c.name, c]))
  for (const hold of holds) {
    if ((hold.scope !== 'subject' && hold.scope !== 'request') || !hold.identities?.length) continue
    const read = await readDataset(driver, doc, hold.identities)
    for (const c of read.collections) {
      const collection = byName.get(c.collection)
      if (!collection || c.rows.length === 0) continue
      // Rows that cannot be told apart by a key: the whole collection is kept (never erased on a guess).
      if (!collection.primaryKey?.length) {
        if (!collections.has(c.collection)) collections.set(c.collection, hold)
        continue
      }
      const keys = rows.get(c.collection) ?? new Map<string, RunLegalHold>()
      for (const row of c.rows) keys.set(keyText(keyOf(collection, row)), hold)
      rows.set(c.collection, keys)
    }
  }
  if (!system && collections.size === 0 && rows.size === 0) return undefined
  return (name, row) => {
    if (system) return reason(system)
    const whole = collections.get(name)
    if (whole) return reason(whole)
    const keys = rows.get(name)
    const collection = byName.get(name)
    if (!keys || !collection) return undefined
    const held = keys.get(keyText(keyOf(collection, row)))
    return held ? reason(held) : undefined
  }
}
