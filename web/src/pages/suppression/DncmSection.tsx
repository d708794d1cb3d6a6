import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import type { SuppressionOverview } from './types'

/** The Do Not Call Me list in use: its date, size and hash, or a warning when there is none or it is stale. */
export function DncmSection({ dncm }: { dncm: SuppressionOverview['dncm'] }) {
  const { t } = useTranslation()
  const format = useDateFormat()
  const current = dncm.current
  return (
    <section className="list-section" aria-labelledby="dncm-title">
      <h2 id="dncm-title">{t('consent.suppression.dncmTitle')}</h2>
      {!current ? (
        <div className="alert alert-warning" data-testid="dncm-status">
          <p>{t('consent.suppression.dncmNone')}</p>
        </div>
      ) : dncm.fresh ? (
        <p data-testid="dncm-status">
          {t('consent.suppression.dncmCurrent', {
            date: current.fileDate ? format.date(current.fileDate) : '-',
            numbers: current.numbers,
            until: dncm.usableUntil ? format.date(dncm.usableUntil) : '-',
            sha: current.sha256 ?? '-',
          })}
        </p>
      ) : (
        <div className="alert alert-warning" data-testid="dncm-status">
          <p>
            {t('consent.suppression.dncmStale', {
              date: current.fileDate ? format.date(current.fileDate) : '-',
              days: dncm.maxAgeDays,
            })}
          </p>
        </div>
      )}
    </section>
  )
}
