import { type Kysely, sql } from 'kysely'
import { emptiedSeal } from '../../audit/chain'
import { auditKeysOf } from '../../audit/key'
import type { DB } from '../../db/schema'
import { heldRequests, heldSubjectIds, type OwnScope, type OwnSource, pageOf } from './own-data-scope'

/** Audit events kept whatever their age: the proof a destruction certificate points to. */
const KEPT_ACTIONS = ['retention.run_completed'] as const

/**
 * The organisation's audit events before the cutoff (decision 0085). They are emptied, not deleted: the chain is
 * one for the installation and the events of every organisation interleave, so each keeps its place (sequence,
 * hashes, organisation, time, action) and loses who and what (actor, target, summary), sealed with the chain key
 * so that the verifier can tell an emptied event from an edited one. Kept: the proof of retention runs (their
 * certificates cite it), the events about a request still in Custos (kept as long as the request, as the catalogue
 * says - its own rule `request_records` removes it) and those about a person under a legal hold.
 */
export function auditSource(scope: OwnScope): OwnSource {
  const orgId = scope.org.id
  const requests = heldRequests(scope.holds)
  const subjects = heldSubjectIds(scope.holds)
  const due = (db: Kysely<DB>) =>
    db
      .selectFrom('audit_events')
      .where('organization_id', '=', orgId)
      .where('emptied_at', 'is', null)
      .where(sql<boolean>`occurred_at < (${scope.before}::date::timestamp at time zone 'Europe/Brussels')`)
      .where('action', 'not in', [...KEPT_ACTIONS])
      // Kept as long as the request it concerns (the catalogue's text): a request still in Custos keeps its trail.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('requests')
              .select('requests.id')
              .where('requests.organization_id', '=', orgId)
              .where((eb) =>
                eb.or([
                  eb(sql`requests.id::text`, '=', eb.ref('audit_events.request_id')),
                  eb.and([
                    eb('audit_events.target_type', '=', 'data_subject_request'),
                    eb(sql`requests.id::text`, '=', eb.ref('audit_events.target_id')),
                  ]),
                ]),
              ),
          ),
        ),
      )
      .$if(requests.length > 0, (q) =>
        q.where((eb) =>
          eb.not(eb.and([eb('target_type', '=', 'data_subject_request'), eb('target_id', 'in', requests)])),
        ),
      )
      .$if(subjects.length > 0, (q) =>
        q.where((eb) => eb.not(eb.and([eb('target_type', '=', 'subject'), eb('target_id', 'in', subjects)]))),
      )
  return {
    async tally(ctx) {
      const row = await due(ctx.db)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
      return { due: Number(row?.n ?? 0), renewed: null }
    },
    async page(db, after, limit) {
      const rows = await due(db)
        .select('seq')
        .$if(after !== null, (q) => q.where('seq', '>', Number(after)))
        .orderBy('seq')
        .limit(limit)
        .execute()
      return pageOf(
        rows.map((r) => ({ id: String(r.seq), label: `#${r.seq}` })),
        limit,
        after,
      )
    },
    async remove(tx, _actor, ids) {
      if (ids.length === 0) return 0
      const { chain } = auditKeysOf(tx.db)
      const rows = await tx.db
        .selectFrom('audit_events')
        .select([
          'seq',
          'hash',
          'organization_id',
          'actor_type',
          'action',
          'target_type',
          'occurred_at',
          'prev_hash',
        ])
        .where('organization_id', '=', orgId)
        .where('emptied_at', 'is', null)
        .where('seq', 'in', ids.map(Number))
        .execute()
      const at = new Date()
      for (const row of rows)
        await tx.db
          .updateTable('audit_events')
          .set({
            actor_id: null,
            actor_label: '',
            target_id: null,
            request_id: null,
            summary: JSON.stringify({}),
            emptied_at: at,
            emptied_seal: emptiedSeal(chain, row.hash, { ...row, seq: Number(row.seq), emptied_at: at }),
          })
          .where('seq', '=', row.seq)
          .where('emptied_at', 'is', null)
          .execute()
      return rows.length
    },
  }
}
