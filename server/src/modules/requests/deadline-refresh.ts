import { type Kysely, sql } from 'kysely'
import type { DB } from '../../db/schema'
import { deadlineBasis, requestTimeline, storedDeadlines } from '../../domain/requests'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { deadlineColumns } from './repository'
import { reviveRequest } from './state'

const BATCH = 1_000

/**
 * Computes again the stored deadlines (migration 0012) of the organisation's requests that were computed with
 * other deadline settings, or never (rows of before the migration), with the same function as the timeline.
 * Cheap when nothing is stale (one indexed query); run before the list or the report reads the columns.
 * A row changed meanwhile (its updated_at moved) is left to the transition that changed it.
 */
export async function refreshStoredDeadlines(db: Kysely<DB>, org: Organization): Promise<number> {
  const options = deadlineOptions(org)
  const basis = deadlineBasis(options)
  let refreshed = 0
  for (;;) {
    const rows = await db
      .selectFrom('requests')
      .select(['id', 'state', 'updated_at'])
      .where('organization_id', '=', org.id)
      // Three ranges of the (organization_id, deadline_basis) index, not `<>`, which PostgreSQL answers by reading
      // every request of the organisation: this check runs before every list and report and almost always finds none.
      .where((eb) =>
        eb.or([
          eb('deadline_basis', 'is', null),
          eb('deadline_basis', '<', basis),
          eb('deadline_basis', '>', basis),
        ]),
      )
      .limit(BATCH)
      .execute()
    if (rows.length === 0) return refreshed
    const now = new Date()
    const values = rows.map((row) => {
      const request = reviveRequest(row.state, {})
      const timeline = requestTimeline(request, now, options)
      return {
        id: row.id,
        updated_at: row.updated_at.toISOString(),
        ...deadlineColumns(storedDeadlines(request, timeline, options), request.closeReason, basis),
      }
    })
    const result = await sql`
      update requests r set
        received_on = v.received_on, current_due_date = v.current_due_date, at_risk_from = v.at_risk_from,
        settled_state = v.settled_state, urgency = v.urgency, days_to_answer = v.days_to_answer,
        close_reason = v.close_reason, deadline_basis = v.deadline_basis
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
        id uuid, updated_at timestamptz, received_on date, current_due_date date, at_risk_from date,
        settled_state text, urgency smallint, days_to_answer integer, close_reason text, deadline_basis text)
      where r.organization_id = ${org.id} and r.id = v.id
        and date_trunc('milliseconds', r.updated_at) = v.updated_at
        and r.deadline_basis is distinct from v.deadline_basis`.execute(db)
    const updated = Number(result.numAffectedRows ?? 0)
    // Nothing updated: every row of the batch changed meanwhile; their transitions stored fresh columns.
    if (updated === 0) return refreshed
    refreshed += updated
  }
}
