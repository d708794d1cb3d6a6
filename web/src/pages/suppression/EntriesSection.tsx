import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import type { SuppressionEntry } from './types'

/** The suppression list's entries (masked) with reason, channel, source and date; a remove button for writers. */
export function EntriesSection({
  entries,
  canWrite,
  onRemove,
}: {
  entries: SuppressionEntry[]
  canWrite: boolean
  onRemove: (id: string, masked: string) => void
}) {
  const { t } = useTranslation()
  const format = useDateFormat()
  return (
    <section className="list-section" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('consent.suppression.entriesTitle')}</h2>
      {entries.length === 0 ? (
        <p>{t('consent.suppression.entriesNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="entries-title" data-testid="suppression-entries">
            <thead>
              <tr>
                <th scope="col">{t('consent.suppression.columns.identifier')}</th>
                <th scope="col">{t('consent.suppression.columns.reason')}</th>
                <th scope="col">{t('consent.suppression.columns.channel')}</th>
                <th scope="col">{t('consent.suppression.columns.source')}</th>
                <th scope="col">{t('consent.suppression.columns.added')}</th>
                {canWrite ? <th scope="col">{t('consent.suppression.columns.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.masked}</td>
                  <td>{t(`consent.suppression.reasons.${e.reason}`)}</td>
                  <td>{t(`consent.suppression.channels.${e.channel}`)}</td>
                  <td>{t(`consent.suppression.sources.${e.source}`)}</td>
                  <td>{format.dateTime(e.createdAt)}</td>
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => onRemove(e.id, e.masked)}
                      >
                        {t('consent.suppression.remove', { identifier: e.masked })}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
