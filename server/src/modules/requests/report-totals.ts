import { sql } from 'kysely'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { IsoDate } from '../../domain/calendar-date'
import { OPEN_STATUSES, REQUEST_TYPES, type RequestType } from '../../domain/requests'
import type { Organization } from '../organizations'
import { refreshStoredDeadlines } from './deadline-refresh'
import type { RequestStats } from './report'

interface TotalsRow {
  type: string | null
  received: number | string
  answered: number | string
  answered_on_time: number | string
  median_days: number | string | null
  p95_days: number | string | null
  open: number | string
  overdue: number | string
  withdrawn: number | string
}

const EMPTY: RequestStats = {
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  onTimeShare: null,
  medianDays: null,
  p95Days: null,
  open: 0,
  overdue: 0,
  withdrawn: 0,
}

const num = (v: number | string | null) => (v === null ? null : Number(v))

function statsOf(row: TotalsRow): RequestStats {
  const answered = Number(row.answered)
  const onTime = Number(row.answered_on_time)
  return {
    received: Number(row.received),
    answered,
    answeredOnTime: onTime,
    onTimeShare: answered === 0 ? null : Math.round((onTime / answered) * 10_000) / 10_000,
    medianDays: num(row.median_days),
    p95Days: num(row.p95_days),
    open: Number(row.open),
    overdue: Number(row.overdue),
    withdrawn: Number(row.withdrawn),
  }
}

/**
 * The accountability report's figures, counted in SQL from the stored deadlines (migration 0012) - the same as
 * `statsOf` over every request's timeline: days to answer as `daysToAnswer`, the median as the mean of the two
 * middle values (percentile_cont), the 95th percentile by nearest rank (percentile_disc), overdue on `now`.
 */
export async function reportTotals(
  ctx: AppContext,
  org: Organization,
  from: IsoDate,
  to: IsoDate,
  now: Date,
) {
  await refreshStoredDeadlines(ctx.db, org)
  const today = toBrusselsDate(now)
  const { rows } = await sql<TotalsRow>`
    select t.type,
      count(*) as received,
      count(r.days_to_answer) as answered,
      count(*) filter (where r.days_to_answer is not null and r.settled_state = 'closed_on_time') as answered_on_time,
      percentile_cont(0.5) within group (order by r.days_to_answer) as median_days,
      percentile_disc(0.95) within group (order by r.days_to_answer) as p95_days,
      count(*) filter (where r.status in (${sql.join([...OPEN_STATUSES])})) as open,
      count(*) filter (where r.urgency = 0 and r.current_due_date < ${today}::date) as overdue,
      count(*) filter (where r.close_reason = 'withdrawn') as withdrawn
    from requests r
    cross join lateral (
      select null::text as type union all select jsonb_array_elements_text(r.types)
    ) t
    where r.organization_id = ${org.id} and r.received_on between ${from}::date and ${to}::date
    group by t.type`.execute(ctx.db)
  const byKey = new Map(rows.map((row) => [row.type, statsOf(row)]))
  return {
    from,
    to,
    generatedAt: now.toISOString(),
    totals: byKey.get(null) ?? EMPTY,
    byType: REQUEST_TYPES.map((type: RequestType) => ({ type, ...(byKey.get(type) ?? EMPTY) })),
  }
}
