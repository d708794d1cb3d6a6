import { endOfBrusselsDay, toBrusselsDate } from '../brussels-time'
import { addDays } from '../calendar-date'

/**
 * The clocks of a breach (Art. 33 GDPR, the GBA's two-part notification):
 *
 * - part1: the notification to the GBA, within 72 hours of becoming aware (Art. 33(1)). Hours, not working days: the
 *   due instant is the awareness instant plus 72 x 3600 seconds, so awareness at 23:30 on a Friday is due at 23:30
 *   on the Monday (in summer/winter-time weeks the Brussels wall clock shows the hour shifted, 72 real hours).
 * - part2: the complement, within 21 calendar days after part 1 was filed: until the end of the 21st day (Brussels
 *   time) after the day of filing.
 * - controllers: a processor informs each controller concerned without undue delay (Art. 33(2)); the contract
 *   usually fixes hours, 24 by default.
 *
 * A clock is running, overdue (past due, not done), met, late (done after its due instant: the GBA must be given
 * the reasons for the delay) or not required (the GBA need not be notified: unlikely to result in a risk).
 */

export const PART1_HOURS = 72
export const PART2_DAYS = 21
export const DEFAULT_CONTROLLER_NOTICE_HOURS = 24
const HOUR = 3_600_000

export const CLOCK_NAMES = ['part1', 'part2', 'controllers'] as const
export type ClockName = (typeof CLOCK_NAMES)[number]
export const CLOCK_STATES = ['running', 'overdue', 'met', 'late', 'not_required'] as const
export type ClockState = (typeof CLOCK_STATES)[number]

export interface ClockInput {
  role: 'controller' | 'processor'
  awareAt: Date
  /** null while nobody decided: the part-1 clock runs until a decision says the GBA need not be notified. */
  notifyAuthority: boolean | null
  part1FiledAt: Date | null
  part2FiledAt: Date | null
  controllerNoticeHours: number
  controllersNotifiedAt: Date | null
}

export interface Clock {
  name: ClockName
  dueAt: Date
  doneAt: Date | null
  state: ClockState
  /** Milliseconds until due (negative once overdue); 0 once done or not required. */
  msLeft: number
}

export function part1DueAt(awareAt: Date): Date {
  return new Date(awareAt.getTime() + PART1_HOURS * HOUR)
}

export function part2DueAt(part1FiledAt: Date): Date {
  return endOfBrusselsDay(addDays(toBrusselsDate(part1FiledAt), PART2_DAYS))
}

export function controllersDueAt(awareAt: Date, hours: number): Date {
  return new Date(awareAt.getTime() + hours * HOUR)
}

function clock(name: ClockName, dueAt: Date, doneAt: Date | null, now: Date, required = true): Clock {
  if (!required) return { name, dueAt, doneAt, state: 'not_required', msLeft: 0 }
  if (doneAt) return { name, dueAt, doneAt, state: doneAt > dueAt ? 'late' : 'met', msLeft: 0 }
  const msLeft = dueAt.getTime() - now.getTime()
  return { name, dueAt, doneAt, state: msLeft < 0 ? 'overdue' : 'running', msLeft }
}

export function breachClocks(input: ClockInput, now: Date): Clock[] {
  if (input.role === 'processor') {
    return [
      clock(
        'controllers',
        controllersDueAt(input.awareAt, input.controllerNoticeHours),
        input.controllersNotifiedAt,
        now,
      ),
    ]
  }
  const required = input.notifyAuthority !== false || input.part1FiledAt !== null
  const clocks = [clock('part1', part1DueAt(input.awareAt), input.part1FiledAt, now, required)]
  if (input.part1FiledAt) clocks.push(clock('part2', part2DueAt(input.part1FiledAt), input.part2FiledAt, now))
  return clocks
}

/** Whether filing at `at` is after the due instant, so the filing must give the reasons for the delay. */
export function needsDelayReason(dueAt: Date, at: Date): boolean {
  return at.getTime() > dueAt.getTime()
}

/** Hours before the due instant at which the privacy officers are reminded; the last one fires at the due instant. */
export const REMINDER_POINTS: Readonly<Record<ClockName, readonly number[]>> = {
  part1: [48, 24, 6],
  part2: [7 * 24, 2 * 24],
  controllers: [12, 2],
}

export interface Reminder {
  /** Unique per breach: the clock, its due instant and the set point, so a moved due date reminds anew. */
  key: string
  clock: ClockName
  kind: 'due_soon' | 'overdue'
  hoursBefore: number
  dueAt: Date
}

/**
 * The reminder a clock calls for at `now`: the latest set point that has passed (when a run was missed, only the
 * latest goes out), or none when the clock is done or not required. The caller sends each key at most once.
 */
export function dueReminder(c: Clock, now: Date): Reminder | null {
  if (c.state !== 'running' && c.state !== 'overdue') return null
  const due = c.dueAt.getTime()
  const at = (hours: number) => due - hours * HOUR
  const key = (kind: string, hours: number) => `${c.name}:${c.dueAt.toISOString()}:${kind}:${hours}`
  if (now.getTime() >= due) {
    return { key: key('overdue', 0), clock: c.name, kind: 'overdue', hoursBefore: 0, dueAt: c.dueAt }
  }
  const passed = REMINDER_POINTS[c.name].filter((hours) => now.getTime() >= at(hours))
  const hours = passed[passed.length - 1]
  if (hours === undefined) return null
  return { key: key('due_soon', hours), clock: c.name, kind: 'due_soon', hoursBefore: hours, dueAt: c.dueAt }
}
