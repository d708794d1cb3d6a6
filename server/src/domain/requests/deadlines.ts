import { toBrusselsDate } from '../brussels-time'
import { addDays, type IsoDate, toEpochDay } from '../calendar-date'
import { dsrDeadline } from '../gdpr-periods'
import { isWorkingDay, workingDaysBetween } from '../working-days'
import { ANSWERED_STATUSES, type DataSubjectRequest } from './request'

/**
 * When the one-month period of Art. 12(3) GDPR starts.
 *
 * 'receipt' (default, and the text of Art. 12(3)): the period runs from receipt, also while the organisation
 * waits for the subject to confirm their identity. This is the safe reading and the one the GBA/APD applies
 * unless the controller shows otherwise.
 *
 * 'identity_confirmed': EDPB Guidelines 01/2022 on data subject rights - Right of access (version 2.0,
 * 28 March 2023), §§ 159-160, accept that where the controller has reasonable doubts about the identity of the
 * person making the request (Art. 12(6)) and asks for additional information without undue delay, the time
 * limit only runs once it has obtained the information it needs. We apply it only when the organisation asked
 * for identity information inside the first month counted from receipt; otherwise the period runs from receipt.
 * Choose this per organisation and record the doubts (the `reason` of the identity request): the controller
 * must be able to demonstrate them.
 */
export type ClockStart = 'receipt' | 'identity_confirmed'

export interface DeadlineOptions {
  readonly clockStartsAt?: ClockStart
  /** An open request is at risk when its due date is at most this many working days away (default 5). */
  readonly atRiskWorkingDays?: number
  /** Reminders this many working days before the due date (default 10 and 3). */
  readonly reminderWorkingDays?: readonly number[]
}

export type TimelineState =
  /** identity_confirmed clock only: waiting for the subject, the period has not started. */
  'not_started' | 'on_time' | 'at_risk' | 'overdue' | 'closed_on_time' | 'closed_late'

export interface Reminder {
  readonly date: IsoDate
  readonly kind: 'before_due' | 'overdue'
  /** For before_due: how many working days remain until the due date. */
  readonly workingDaysBefore: number
  readonly dueDate: IsoDate
}

export interface RequestTimeline {
  readonly today: IsoDate
  readonly receivedOn: IsoDate
  /** The clock actually applied (identity_confirmed falls back to receipt when it does not apply). */
  readonly clockBasis: ClockStart
  /** The day of the event from which the period runs (it does not count itself); null: not started. */
  readonly clockStartsOn: IsoDate | null
  /** Art. 12(3): one month. */
  readonly dueDate: IsoDate | null
  /** Art. 12(3): where the period would end if extended by two further months. */
  readonly maximumExtendedDueDate: IsoDate | null
  /** Set once the request was extended. */
  readonly extendedDueDate: IsoDate | null
  /** The due date that applies now: the extended one when extended. */
  readonly currentDueDate: IsoDate | null
  /** The subject must be told of an extension, with reasons, by the end of this day (the original due date). */
  readonly extensionNoticeDeadline: IsoDate | null
  readonly canExtend: boolean
  /** When the subject was answered (decision, or forwarding to the controller). */
  readonly answeredOn: IsoDate | null
  readonly state: TimelineState
  /** Working days after today up to and including the current due date (0 on the due date); null when not open. */
  readonly workingDaysLeft: number | null
  /** Calendar days past the current due date (0 when not overdue). */
  readonly daysOverdue: number
  readonly reminders: readonly Reminder[]
}

/** Statuses from which the workflow allows an extension. */
export const EXTENDABLE: readonly DataSubjectRequest['status'][] = ['received', 'in_progress']

const DEFAULT_AT_RISK = 5
const DEFAULT_REMINDERS = [10, 3] as const

type TimedRequest = Pick<
  DataSubjectRequest,
  'receivedAt' | 'status' | 'identity' | 'extension' | 'decision' | 'forwarding' | 'closedAt'
>

/** The Brussels date from which the period runs, or null while an identity-confirmed clock waits. */
export function clockStart(
  request: TimedRequest,
  clockStartsAt: ClockStart = 'receipt',
): { basis: ClockStart; startsOn: IsoDate | null } {
  const receipt = { basis: 'receipt' as const, startsOn: toBrusselsDate(request.receivedAt) }
  const { requestedAt, confirmedAt } = request.identity
  if (clockStartsAt === 'receipt' || requestedAt === null) return receipt
  const askedInTime = toBrusselsDate(requestedAt) <= dsrDeadline(receipt.startsOn).dueDate
  if (!askedInTime) return receipt
  return { basis: 'identity_confirmed', startsOn: confirmedAt === null ? null : toBrusselsDate(confirmedAt) }
}

/** The working day `count` working days before `date` (count 0: `date` itself). */
export function workingDaysBefore(date: IsoDate, count: number): IsoDate {
  let day = date
  for (let left = count; left > 0; left--) {
    day = addDays(day, -1)
    while (!isWorkingDay(day)) day = addDays(day, -1)
  }
  return day
}

function answeredAt(request: TimedRequest): Date | null {
  if (request.decision) return request.decision.at
  if (request.forwarding) return request.forwarding.at
  if (request.status === 'closed') return request.closedAt
  return null
}

function remindersFor(startsOn: IsoDate, dueDate: IsoDate, before: readonly number[]): Reminder[] {
  const reminders: Reminder[] = [...new Set(before)]
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => b - a)
    .map(
      (n): Reminder => ({
        date: workingDaysBefore(dueDate, n),
        kind: 'before_due',
        workingDaysBefore: n,
        dueDate,
      }),
    )
    .filter((reminder) => reminder.date > startsOn)
  reminders.push({ date: addDays(dueDate, 1), kind: 'overdue', workingDaysBefore: 0, dueDate })
  return reminders
}

/** Deadlines, state and reminders of a request at `now` (Art. 12(3)-(4) GDPR, Reg. 1182/71). */
export function requestTimeline(
  request: TimedRequest,
  now: Date,
  options: DeadlineOptions = {},
): RequestTimeline {
  const today = toBrusselsDate(now)
  const receivedOn = toBrusselsDate(request.receivedAt)
  const answered = answeredAt(request)
  const answeredOn = answered === null ? null : toBrusselsDate(answered)
  const isAnswered = answered !== null || ANSWERED_STATUSES.includes(request.status)

  const clock = clockStart(request, options.clockStartsAt)
  // A request answered before its identity clock started is measured from receipt (the conservative reading).
  const effective = clock.startsOn === null && isAnswered ? clockStart(request, 'receipt') : clock
  const periods = effective.startsOn === null ? null : dsrDeadline(effective.startsOn)
  const dueDate = periods?.dueDate ?? null
  const extendedDueDate = periods && request.extension ? periods.extendedDueDate : null
  const currentDueDate = extendedDueDate ?? dueDate

  const base = {
    today,
    receivedOn,
    clockBasis: effective.basis,
    clockStartsOn: effective.startsOn,
    dueDate,
    maximumExtendedDueDate: periods?.extendedDueDate ?? null,
    extendedDueDate,
    currentDueDate,
    extensionNoticeDeadline: dueDate,
    answeredOn,
  }

  if (isAnswered) {
    const late = currentDueDate !== null && answeredOn !== null && answeredOn > currentDueDate
    return {
      ...base,
      canExtend: false,
      state: late ? 'closed_late' : 'closed_on_time',
      workingDaysLeft: null,
      daysOverdue: 0,
      reminders: [],
    }
  }
  if (currentDueDate === null || effective.startsOn === null || dueDate === null) {
    return {
      ...base,
      canExtend: false,
      state: 'not_started',
      workingDaysLeft: null,
      daysOverdue: 0,
      reminders: [],
    }
  }

  const overdue = today > currentDueDate
  const workingDaysLeft = overdue ? 0 : workingDaysBetween(today, currentDueDate)
  const atRisk = workingDaysLeft <= (options.atRiskWorkingDays ?? DEFAULT_AT_RISK)
  const daysOverdue = overdue ? toEpochDay(today) - toEpochDay(currentDueDate) : 0
  return {
    ...base,
    canExtend: request.extension === null && today <= dueDate && EXTENDABLE.includes(request.status),
    state: overdue ? 'overdue' : atRisk ? 'at_risk' : 'on_time',
    workingDaysLeft: overdue ? null : workingDaysLeft,
    daysOverdue,
    reminders: remindersFor(
      effective.startsOn,
      currentDueDate,
      options.reminderWorkingDays ?? DEFAULT_REMINDERS,
    ),
  }
}

/**
 * What of a request's timeline does not change with the day, kept on its row so that lists filter, sort and
 * page in SQL (issue 14): the due date that applies, the day from which it is at risk, and the state once it no
 * longer depends on the day (answered, or an identity clock not started). An open request with a running clock
 * (`settledState` null) is overdue after `currentDueDate`, at risk from `atRiskFrom`, on time before.
 */
export interface StoredDeadlines {
  readonly receivedOn: IsoDate
  readonly currentDueDate: IsoDate | null
  readonly atRiskFrom: IsoDate | null
  readonly settledState: 'not_started' | 'closed_on_time' | 'closed_late' | null
  /** Calendar days from receipt to the answer, counted in the report; null when it does not count. */
  readonly daysToAnswer: number | null
}

const RUNNING: readonly TimelineState[] = ['on_time', 'at_risk', 'overdue']

/** The first day on which at most `workingDays` working days remain up to and including `dueDate`. */
export function atRiskFrom(dueDate: IsoDate, workingDays: number): IsoDate {
  let last = dueDate
  while (!isWorkingDay(last)) last = addDays(last, -1)
  return workingDaysBefore(last, workingDays)
}

/**
 * Days from receipt to the answer as the accountability report counts them: a decision or a forwarding; a
 * withdrawn request or one closed without either is not answered.
 */
export function daysToAnswer(
  request: Pick<DataSubjectRequest, 'closeReason' | 'decision' | 'forwarding'>,
  timeline: Pick<RequestTimeline, 'answeredOn' | 'receivedOn'>,
): number | null {
  if (timeline.answeredOn === null || request.closeReason === 'withdrawn') return null
  if (request.decision === null && request.forwarding === null) return null
  return toEpochDay(timeline.answeredOn) - toEpochDay(timeline.receivedOn)
}

/** The day-independent part of `requestTimeline(request, now, options)` (the same for every `now`). */
export function storedDeadlines(
  request: TimedRequest & Pick<DataSubjectRequest, 'closeReason'>,
  timeline: RequestTimeline,
  options: DeadlineOptions = {},
): StoredDeadlines {
  const running = RUNNING.includes(timeline.state)
  const due = timeline.currentDueDate
  return {
    receivedOn: timeline.receivedOn,
    currentDueDate: due,
    atRiskFrom:
      running && due !== null ? atRiskFrom(due, options.atRiskWorkingDays ?? DEFAULT_AT_RISK) : null,
    settledState: running ? null : (timeline.state as StoredDeadlines['settledState']),
    daysToAnswer: daysToAnswer(request, timeline),
  }
}

/** Names the options the stored deadlines were computed with; rows with another one are computed again. */
export function deadlineBasis(options: DeadlineOptions = {}): string {
  return `${options.clockStartsAt ?? 'receipt'}/${options.atRiskWorkingDays ?? DEFAULT_AT_RISK}`
}
