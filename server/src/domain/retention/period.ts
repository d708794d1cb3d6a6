import { add, addDays, format, parseISO, sub } from 'date-fns'
import type { RetentionRule } from '../register/schema'

/**
 * Retention periods as arithmetic on calendar days (yyyy-MM-dd), the same way erasure computes "kept until"
 * (domain/datasets/erasure-plan.ts): the last day a row is kept is its start day plus the rule's duration
 * (date-fns `add`: years and months first, clamped to the month's last day, then days). A row is due on the day
 * after that. Pure: no clock, `today` is always passed in.
 */

export interface Duration {
  readonly years: number
  readonly months: number
  readonly days: number
}

const day = (date: Date) => format(date, 'yyyy-MM-dd')
const parseDay = (value: string) => parseISO(value.slice(0, 10))

/** The day part of a date value as a driver returns it (Date in local time, or an ISO string). */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : day(value)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10)
  return null
}

/** The last day a row whose period starts on `start` is kept. */
export function lastDayKept(start: string, duration: Duration): string {
  return day(add(parseDay(start), duration))
}

/**
 * Whether a row whose period started on `start` is due on `today`: its last day kept is before today, and the
 * rule was not renewed (a manual "renewed until" date on or after today keeps everything).
 */
export function isDue(
  start: string,
  today: string,
  duration: Duration,
  renewedUntil?: string | null,
): boolean {
  if (renewedUntil && renewedUntil >= today) return false
  return lastDayKept(start, duration) < today
}

/**
 * The first start day that is NOT due on `today`: every row whose start day is before it is due, every row from it
 * on is kept. Since lastDayKept never decreases as the start moves later, the due rows are exactly "start <
 * cutoff" - one condition a database can answer set-based with an index on the date field. Found from
 * `today - duration` and corrected by the few days month clamping can shift it.
 */
export function cutoffDay(today: string, duration: Duration): string {
  let candidate = sub(parseDay(today), duration)
  // Move back while the day before is still not due, forward while the candidate itself is due.
  while (day(add(addDays(candidate, -1), duration)) >= today) candidate = addDays(candidate, -1)
  while (day(add(candidate, duration)) < today) candidate = addDays(candidate, 1)
  return day(candidate)
}

/** `today` plus n days. */
export function daysAfter(today: string, n: number): string {
  return day(addDays(parseDay(today), n))
}

export type StartEvent =
  /** the period counts from a date field of the collection (the dataset links the collection and the field) */
  | { readonly kind: 'date_field' }
  /** from a lifecycle event of the subject index (contract ended, last contact ...) */
  | { readonly kind: 'subject_event'; readonly event: string }
  /** from one fixed date for every row (e.g. the end of a project) */
  | { readonly kind: 'fixed_date'; readonly date: string }

export type EndAction = 'delete' | 'mask' | 'anonymise'

/** A retention rule of the register in the form a sweep computes with. */
export interface MachineRule {
  readonly key: string
  /** null: the rule has no fixed end (statutory period, until an event): never due by the clock. */
  readonly duration: Duration | null
  readonly start: StartEvent
  /** null: the register's action (archive) cannot be carried out by a sweep - a task for a person. */
  readonly action: EndAction | null
  readonly renewedUntil: string | null
  /**
   * Renewal by consent (decision 0062): the consent purpose whose valid consent renews the period of a person,
   * for a rule the register marks renewable with consent and that counts from a person's event; else null.
   */
  readonly consentPurpose: string | null
}

export interface PolicySettings {
  readonly startKind: StartEvent['kind']
  readonly subjectEvent: string | null
  readonly fixedDate: string | null
  readonly endAction: EndAction | null
  readonly renewedUntil: string | null
  readonly consentPurpose?: string | null
}

/** The register's end of period as a sweep action: delete and anonymise carry over; "either" masks; archive none. */
export function defaultAction(rule: Pick<RetentionRule, 'action'>): EndAction | null {
  switch (rule.action) {
    case 'delete':
      return 'delete'
    case 'anonymise':
      return 'anonymise'
    case 'anonymise_or_delete':
      return 'mask'
    default:
      return null
  }
}

/** The machine form: the register's period and the organisation's settings (start event, action, renewal). */
export function machineRule(
  rule: Pick<RetentionRule, 'key' | 'duration' | 'action'>,
  settings?: PolicySettings,
): MachineRule {
  const start: StartEvent =
    settings?.startKind === 'fixed_date' && settings.fixedDate
      ? { kind: 'fixed_date', date: settings.fixedDate }
      : settings?.startKind === 'subject_event' && settings.subjectEvent
        ? { kind: 'subject_event', event: settings.subjectEvent }
        : { kind: 'date_field' }
  return {
    key: rule.key,
    duration: rule.duration
      ? { years: rule.duration.years, months: rule.duration.months, days: rule.duration.days }
      : null,
    start,
    action: settings?.endAction ?? defaultAction(rule),
    renewedUntil: settings?.renewedUntil ?? null,
    consentPurpose: start.kind === 'subject_event' ? (settings?.consentPurpose ?? null) : null,
  }
}

/**
 * The last day a person's consent keeps their records (renewal by consent, decision 0062): the period starts again
 * on the day the consent was given, and never runs past the consent's own expiry (an expired consent renews
 * nothing). The person is renewed on a day when this is on or after it.
 */
export function consentRenewalEnd(
  consent: { occurredAt: Date; expiresAt: Date | null },
  duration: Duration,
): string {
  const byPeriod = lastDayKept(consent.occurredAt.toISOString().slice(0, 10), duration)
  if (!consent.expiresAt) return byPeriod
  const lastValid = new Date(consent.expiresAt.getTime() - 1).toISOString().slice(0, 10)
  return lastValid < byPeriod ? lastValid : byPeriod
}

/**
 * The start days whose rows fall due in the next `horizon` days (due after today, at the latest on today +
 * horizon): start in [from, to). Rows already due are the next sweep's, not the calendar's; a renewal moves the
 * due day of everything it covers to the day after it. null: nothing of this rule falls due by the clock.
 */
export function calendarWindow(
  rule: MachineRule,
  today: string,
  horizon: number,
): { from: string; to: string } | null {
  if (!rule.duration) return null
  const end = daysAfter(today, horizon)
  const renewed = rule.renewedUntil && rule.renewedUntil >= today ? rule.renewedUntil : null
  if (renewed && renewed >= end) return null
  // Due within the window: lastDayKept in [today, end) - or, under a renewal ending inside it, everything with
  // lastDayKept < end (all of it falls due the day after the renewal).
  // cutoffDay(d) is the first start not due on d (lastDayKept >= d): [cutoffDay(today), cutoffDay(end)) is exactly
  // lastDayKept in [today, end), due from today + 1 to today + horizon.
  const from = renewed ? '0001-01-01' : cutoffDay(today, rule.duration)
  return { from, to: cutoffDay(end, rule.duration) }
}
