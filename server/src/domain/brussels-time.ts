/**
 * Civil dates in Belgian legal time (Europe/Brussels: CET, CEST in summer). GDPR deadlines are
 * civil dates in the controller's time zone; events are instants.
 */
import { addDays, type IsoDate, parseIsoDate, toIsoDate } from './calendar-date'

const TIME_ZONE = 'Europe/Brussels'
const HOUR = 3_600_000

const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function wallClock(instant: Date): { date: IsoDate; hour: number; minute: number } {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date')
  const parts = Object.fromEntries(
    brusselsClock.formatToParts(instant).map((part) => [part.type, part.value]),
  )
  const date = toIsoDate({ year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) })
  return { date, hour: Number(parts.hour), minute: Number(parts.minute) }
}

/** The Brussels calendar date on which `instant` falls. */
export function toBrusselsDate(instant: Date): IsoDate {
  return wallClock(instant).date
}

/**
 * The last millisecond of `date` in Brussels (23:59:59.999), i.e. when a deadline falling on that
 * day expires. Clocks change at 01:00 UTC, so local midnight is never skipped or repeated
 * (offset 0 covers the pre-1940 WET years).
 */
export function endOfBrusselsDay(date: IsoDate): Date {
  const next = parseIsoDate(addDays(date, 1))
  if (!next) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(date)}`)
  const utcMidnight = Date.UTC(next.year, next.month - 1, next.day)
  for (const offsetHours of [1, 2, 0]) {
    const candidate = new Date(utcMidnight - offsetHours * HOUR)
    const clock = wallClock(candidate)
    if (clock.date === toIsoDate(next) && clock.hour === 0 && clock.minute === 0) {
      return new Date(candidate.getTime() - 1)
    }
  }
  throw new RangeError(`No Brussels midnight found after ${date}`)
}
