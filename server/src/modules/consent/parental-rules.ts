import { endOfBrusselsDay, toBrusselsDate } from '../../domain/brussels-time'
import { addDays } from '../../domain/calendar-date'

/**
 * How long the parent's link works: to the end (23:59:59.999, Brussels) of the 7th day after the ask, the day the
 * mail and the page name. Unanswered by then, the consent is recorded as refused.
 */
export const PARENTAL_LINK_DAYS = 7

/** When a link asked at `requestedAt` ends: the last millisecond of the Brussels day PARENTAL_LINK_DAYS later. */
export function parentalLinkEnd(requestedAt: Date): Date {
  return endOfBrusselsDay(addDays(toBrusselsDate(requestedAt), PARENTAL_LINK_DAYS))
}
/** Confirmation mails one parent's address gets from one organisation in 24 hours, at most. */
export const PARENTAL_MAILS_PER_DAY = 5

/** The encryption context of a request's sealed child identity. */
export const parentalIdentityContext = (requestId: string) => `consent-parental:${requestId}`

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day (YYYY-MM-DD) a moment falls on in Brussels - the day a Belgian reader calls it. */
export function brusselsDay(moment: Date): string {
  return BRUSSELS_DAY.format(moment)
}
