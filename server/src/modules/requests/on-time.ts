import { sql } from 'kysely'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'
import type { Organization } from '../organizations'
import { refreshStoredDeadlines } from './deadline-refresh'

/** The window the compliance overview states for "requests answered on time". */
export const ON_TIME_WINDOW_DAYS = 90

export interface OnTimeFigures {
  /** First and last Brussels day of the window (both included). */
  from: IsoDate
  to: IsoDate
  /** Requests answered in the window (the day of the answer, not of receipt). */
  answered: number
  /** Of those, answered within the legal time limit - the extended one when the time limit was extended. */
  onTime: number
  /** onTime / answered, 0..1 rounded to four decimals; null when nothing was answered in the window. */
  share: number | null
}

/**
 * Requests answered on time over the last `days` days (issue 21 item 4), counted in SQL from the stored deadlines
 * (migration 0012): a request counts on the day it was answered (receipt day + days_to_answer) and is on time when
 * its settled state is closed_on_time - the same rule as the accountability report. Withdrawn requests and
 * requests closed without an answer have no days_to_answer and are not counted.
 */
export async function requestsAnsweredOnTime(
  ctx: AppContext,
  org: Organization,
  now: Date,
  days = ON_TIME_WINDOW_DAYS,
): Promise<OnTimeFigures> {
  const to = toBrusselsDate(now)
  return requestsAnsweredBetween(ctx, org, addDays(to, -(days - 1)), to)
}

/** The same count for requests answered between two Brussels days, both included (the monthly report's month). */
export async function requestsAnsweredBetween(
  ctx: AppContext,
  org: Organization,
  from: IsoDate,
  to: IsoDate,
): Promise<OnTimeFigures> {
  await refreshStoredDeadlines(ctx.db, org)
  const { rows } = await sql<{ answered: number | string; on_time: number | string }>`
    select count(*) as answered,
      count(*) filter (where settled_state = 'closed_on_time') as on_time
    from requests
    where organization_id = ${org.id} and days_to_answer is not null and received_on <= ${to}::date
      and received_on + days_to_answer between ${from}::date and ${to}::date`.execute(ctx.db)
  const answered = Number(rows[0]?.answered ?? 0)
  const onTime = Number(rows[0]?.on_time ?? 0)
  return {
    from,
    to,
    answered,
    onTime,
    share: answered === 0 ? null : Math.round((onTime / answered) * 10_000) / 10_000,
  }
}
