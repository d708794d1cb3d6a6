import { type Kysely, sql } from 'kysely'

/**
 * The day-independent part of each request's timeline on its row (issue 14): the requests list filters, sorts
 * and pages in SQL, and the report counts in SQL, instead of computing every timeline of the organisation.
 *
 * - received_on: the Brussels date of receipt (the report's period).
 * - current_due_date, at_risk_from: an open request with a running clock is overdue after the one, at risk from
 *   the other.
 * - settled_state: not_started, closed_on_time or closed_late once the state no longer depends on the day.
 * - urgency: 0 running, 3 not started, 4 answered - with current_due_date, the worklist's order.
 * - days_to_answer, close_reason: what the report counts.
 * - deadline_basis: the organisation's deadline settings they were computed with; null (existing rows) or
 *   another basis is computed again, with the same function as the timeline, before a list or report reads them
 *   (modules/requests/deadline-refresh.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table requests
      add column received_on date,
      add column current_due_date date,
      add column at_risk_from date,
      add column settled_state text,
      add column urgency smallint not null default 0,
      add column days_to_answer integer,
      add column close_reason text,
      add column deadline_basis text;
    create index requests_worklist on requests (organization_id, urgency, current_due_date, received_at, reference);
    create index requests_received_on on requests (organization_id, received_on);
    create index requests_deadline_basis on requests (organization_id, deadline_basis);
  `.execute(db)
}
