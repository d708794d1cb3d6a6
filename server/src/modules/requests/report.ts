import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, addMonthsClamped, type IsoDate } from '../../domain/calendar-date'
import {
  daysToAnswer as answerDays,
  type DataSubjectRequest,
  isOpen,
  REQUEST_TYPES,
  type RequestTimeline,
  type RequestType,
  requestTimeline,
} from '../../domain/requests'
import { csvDocument } from '../../lib/csv'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { listRequestRows } from './repository'
import { reviveRequest } from './state'

/**
 * The accountability report (Art. 5(2), 12(3)): requests received in a period, per type, how long answers took
 * (median and 95th percentile in calendar days from receipt to answer), the share answered within the legal time
 * (extended time limit included), and what is still open or overdue. Withdrawn requests count as received but
 * not as answered.
 */
export interface RequestStats {
  received: number
  answered: number
  answeredOnTime: number
  onTimeShare: number | null
  medianDays: number | null
  p95Days: number | null
  open: number
  overdue: number
  withdrawn: number
}

export interface ReportEntry {
  request: DataSubjectRequest
  timeline: RequestTimeline
}

/** Median of sorted numbers (the mean of the two middle values for an even count). */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] as number
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2
}

/** Nearest-rank percentile of sorted numbers: the smallest value with at least p% of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export function daysToAnswer(entry: ReportEntry): number | null {
  return answerDays(entry.request, entry.timeline)
}

export function statsOf(entries: readonly ReportEntry[]): RequestStats {
  const days = entries.flatMap((e) => {
    const d = daysToAnswer(e)
    return d === null ? [] : [d]
  })
  const sorted = [...days].sort((a, b) => a - b)
  const answered = entries.filter((e) => daysToAnswer(e) !== null)
  const onTime = answered.filter((e) => e.timeline.state === 'closed_on_time').length
  return {
    received: entries.length,
    answered: answered.length,
    answeredOnTime: onTime,
    onTimeShare: answered.length === 0 ? null : Math.round((onTime / answered.length) * 10_000) / 10_000,
    medianDays: median(sorted),
    p95Days: percentile(sorted, 95),
    open: entries.filter((e) => isOpen(e.request)).length,
    overdue: entries.filter((e) => e.timeline.state === 'overdue').length,
    withdrawn: entries.filter((e) => e.request.closeReason === 'withdrawn').length,
  }
}

export function defaultPeriod(now: Date): { from: IsoDate; to: IsoDate } {
  const to = toBrusselsDate(now)
  return { from: addDays(addMonthsClamped(to, -12), 1), to }
}

/** Requests received from `from` to `to` (Brussels dates, inclusive), each with its timeline as of `now`. */
export async function reportEntries(
  ctx: AppContext,
  org: Organization,
  from: IsoDate,
  to: IsoDate,
  now: Date,
): Promise<ReportEntry[]> {
  // A day either side in UTC, then the exact Brussels dates.
  const rows = await listRequestRows(ctx.db, {
    organizationId: org.id,
    receivedFrom: new Date(`${addDays(from, -1)}T00:00:00Z`),
    receivedBefore: new Date(`${addDays(to, 2)}T00:00:00Z`),
  })
  return rows
    .map((row) => reviveRequest(row.state, {}))
    .filter((request) => {
      const on = toBrusselsDate(request.receivedAt)
      return on >= from && on <= to
    })
    .map((request) => ({ request, timeline: requestTimeline(request, now, deadlineOptions(org)) }))
    .sort((a, b) => a.request.receivedAt.getTime() - b.request.receivedAt.getTime())
}

export function buildReport(entries: readonly ReportEntry[], from: IsoDate, to: IsoDate, now: Date) {
  return {
    from,
    to,
    generatedAt: now.toISOString(),
    totals: statsOf(entries),
    byType: REQUEST_TYPES.map((type: RequestType) => ({
      type,
      ...statsOf(entries.filter((e) => e.request.types.includes(type))),
    })),
  }
}

const CSV_COLUMNS = [
  'reference',
  'received_on',
  'channel',
  'types',
  'status',
  'due_date',
  'extended_due_date',
  'answered_on',
  'days_to_answer',
  'answered_on_time',
  'deadline_state',
  'close_reason',
] as const

/**
 * One line per request, for an auditor: dates, types, outcome and whether the legal time was kept. No names or
 * addresses of subjects.
 */
export function reportCsv(entries: readonly ReportEntry[]): string {
  return csvDocument(
    CSV_COLUMNS,
    entries.map((entry) => {
      const { request, timeline } = entry
      const days = daysToAnswer(entry)
      return [
        request.reference,
        timeline.receivedOn,
        request.channel,
        request.types.join(' '),
        request.status,
        timeline.dueDate,
        timeline.extendedDueDate,
        days === null ? null : timeline.answeredOn,
        days,
        days === null ? null : timeline.state === 'closed_on_time',
        timeline.state,
        request.closeReason,
      ]
    }),
  )
}
