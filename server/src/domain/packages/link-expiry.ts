import { endOfBrusselsDay, toBrusselsDate } from '../brussels-time'
import { addDays, type IsoDate } from '../calendar-date'

/**
 * A download link issued today works for `days` full days: until the end of that Brussels day, so the letter can
 * honestly say "available until <date> inclusive".
 */
export function packageLinkExpiry(now: Date, days: number): { availableUntil: IsoDate; expiresAt: Date } {
  const availableUntil = addDays(toBrusselsDate(now), days)
  return { availableUntil, expiresAt: endOfBrusselsDay(availableUntil) }
}
