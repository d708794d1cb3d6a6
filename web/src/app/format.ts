import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage, localeOf } from '../i18n/language'

const TIME_ZONE = 'Europe/Brussels'

export interface DateFormat {
  dateTime: (iso: string) => string
  date: (iso: string) => string
  /** A calendar day such as '2026-03-12' (no time zone shift). */
  day: (isoDate: string) => string
}

/** Formats ISO timestamps in the UI language, in Belgian time. */
export function useDateFormat(): DateFormat {
  const { i18n } = useTranslation()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  return useMemo(() => {
    // dd/mm/yyyy (and hh:mm) as Belgians write them, in nl-BE, fr-BE and en-BE alike.
    const numeric = { day: '2-digit', month: '2-digit', year: 'numeric' } as const
    const dateTime = new Intl.DateTimeFormat(locale, {
      ...numeric,
      hour: '2-digit',
      minute: '2-digit',
      timeZone: TIME_ZONE,
    })
    const date = new Intl.DateTimeFormat(locale, { ...numeric, timeZone: TIME_ZONE })
    const day = new Intl.DateTimeFormat(locale, { ...numeric, timeZone: 'UTC' })
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      day: (isoDate: string) => {
        const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
        return Number.isNaN(parsed.getTime()) ? isoDate : day.format(parsed)
      },
    }
  }, [locale])
}

/** Today's date in Brussels, as 'YYYY-MM-DD'. */
export function brusselsToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now)
}

/** A size in bytes for people: '512 B', '1.2 MB'. */
export function formatBytes(bytes: number, locale: string): string {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} kB`
  return `${number(bytes / (1024 * 1024))} MB`
}
