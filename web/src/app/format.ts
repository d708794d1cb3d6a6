import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage, localeOf } from '../i18n/language'

const TIME_ZONE = 'Europe/Brussels'

/** Formats ISO timestamps in the UI language, in Belgian time. */
export function useDateFormat(): { dateTime: (iso: string) => string; date: (iso: string) => string } {
  const { i18n } = useTranslation()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    })
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE })
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
    }
  }, [locale])
}
