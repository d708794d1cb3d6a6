import { sql } from 'kysely'
import type { Queryable } from '../../db/queryable'
import type { OptInChannel, SuppressionChannel, SuppressionKind, SuppressionReason } from '../../db/schema'

/** What a batch of checks asks the database, as keyed hashes in hex. */
export interface FactsQuestion {
  /** Every readable identifier of the batch with its kind: suppression entries are looked up under both. */
  identifiers: { kind: SuppressionKind; hash: string }[]
  /** Phone numbers looked up in the DNCM list (none when the list is not fresh). */
  dncm: string[]
  /** Identifiers whose opt-in is looked up, per channel (phone: a DNCM-listed number; post: a Robinson entry). */
  optIns: { channel: OptInChannel; hash: string }[]
  /** Name-and-address hashes looked up in the Robinson Mail list. */
  robinson: string[]
}

export interface Facts {
  entries: { identifier_hash: string; reason: SuppressionReason; channel: SuppressionChannel }[]
  dncm: Map<string, string | null>
  optIns: Set<string>
  robinson: Set<string>
}

interface FactRow {
  source: 'entry' | 'dncm' | 'opt_in' | 'robinson'
  hash: string
  reason: SuppressionReason | null
  channel: string | null
  registered_on: string | null
}

/**
 * Every fact a batch of checks needs, in one round trip: suppression entries, DNCM listings, opt-ins and Robinson
 * entries of the organisation for the hashes asked. Each lookup is one index probe per hash asked: the subqueries
 * are kept apart from the list (`offset 0`), so the planner cannot turn them into a scan of the organisation's
 * whole list - which it did with the statistics of a list just imported (a sort of 200,000 rows per batch).
 * Hashes travel as hex text, so PGlite and node-postgres pass them the same way. An opt-in is keyed
 * `channel:hash`.
 */
export async function checkFacts(db: Queryable, organizationId: string, q: FactsQuestion): Promise<Facts> {
  const facts: Facts = { entries: [], dncm: new Map(), optIns: new Set(), robinson: new Set() }
  if (!q.identifiers.length && !q.dncm.length && !q.optIns.length && !q.robinson.length) return facts
  const { rows } = await sql<FactRow>`
    select 'entry' as source, k.h as hash, e.reason, e.channel, null::text as registered_on
      from unnest(${q.identifiers.map((i) => i.kind)}::text[], ${q.identifiers.map((i) => i.hash)}::text[])
           as k (kind, h)
     cross join lateral (
       select reason, channel from suppression_entries
        where organization_id = ${organizationId} and kind = k.kind and identifier_hash = decode(k.h, 'hex')
       offset 0) e
    union all
    select 'dncm', p.h, null, null, d.registered_on::text
      from unnest(${q.dncm}::text[]) as p (h)
     cross join lateral (
       select registered_on from dncm_numbers
        where organization_id = ${organizationId} and number_hash = decode(p.h, 'hex')
       offset 0) d
    union all
    select 'opt_in', i.h, null, i.c, null
      from unnest(${q.optIns.map((o) => o.channel)}::text[], ${q.optIns.map((o) => o.hash)}::text[]) as i (c, h)
     where exists (
       select from suppression_opt_ins
        where organization_id = ${organizationId} and channel = i.c and identifier_hash = decode(i.h, 'hex')
       offset 0)
    union all
    select 'robinson', r.h, null, null, null
      from unnest(${q.robinson}::text[]) as r (h)
     where exists (
       select from robinson_entries
        where organization_id = ${organizationId} and entry_hash = decode(r.h, 'hex')
       offset 0)
  `.execute(db)
  for (const row of rows) {
    if (row.source === 'entry')
      facts.entries.push({
        identifier_hash: row.hash,
        reason: row.reason as SuppressionReason,
        channel: row.channel as SuppressionChannel,
      })
    else if (row.source === 'dncm') facts.dncm.set(row.hash, row.registered_on)
    else if (row.source === 'opt_in') facts.optIns.add(`${row.channel}:${row.hash}`)
    else facts.robinson.add(row.hash)
  }
  return facts
}
