import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../app/useLanguage'

/** Today as YYYY-MM-DD in Brussels (the certificate's days are Brussels days). */
const brusselsToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()).slice(0, 10)

/** A destruction certificate for a period (every sweep in it): two days and a link to the PDF. */
export function PeriodCertificate({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const today = brusselsToday()
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today)
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to
  const href = `/api/v1/orgs/${encodeURIComponent(slug)}/retention/certificates?from=${from}&to=${to}&lang=${language}`
  return (
    <div className="card" data-testid="retention-period-certificate">
      <h3>{t('retention.runs.period.title')}</h3>
      <p>{t('retention.runs.period.intro')}</p>
      <div className="form-row">
        <label htmlFor="retention-period-from">{t('retention.runs.period.from')}</label>
        <input
          id="retention-period-from"
          type="date"
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.target.value)}
        />
        <label htmlFor="retention-period-to">{t('retention.runs.period.to')}</label>
        <input
          id="retention-period-to"
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      {valid ? (
        <p>
          <a href={href} download data-testid="retention-period-certificate-link">
            {t('retention.runs.period.link')}
          </a>
        </p>
      ) : (
        <p role="alert">{t('retention.runs.period.invalid')}</p>
      )}
    </div>
  )
}
