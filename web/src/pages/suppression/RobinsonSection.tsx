import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../app/format'
import { RobinsonImportForm } from './RobinsonImportForm'
import type { SuppressionOverview } from './types'

const REFUSALS = ['header', 'invalid', 'future_date'] as const
/** Why an import of the Robinson list was refused, as the page words it. */
const refusalOf = (refusal: string | null): (typeof REFUSALS)[number] =>
  REFUSALS.find((r) => r === refusal) ?? 'invalid'

/** The Robinson Mail list in use, every consultation (import) of it, and the import form for who may import. */
export function RobinsonSection({
  slug,
  robinson,
  canImport,
  onImported,
}: {
  slug: string
  robinson: SuppressionOverview['robinson']
  canImport: boolean
  onImported: (entries: number) => void
}) {
  const { t } = useTranslation()
  const format = useDateFormat()
  return (
    <section className="list-section" aria-labelledby="robinson-title">
      <h2 id="robinson-title">{t('consent.suppression.robinsonTitle')}</h2>
      {robinson.current ? (
        <p data-testid="robinson-status">
          {t('consent.suppression.robinsonCurrent', {
            date: robinson.current.fileDate
              ? format.date(robinson.current.fileDate)
              : t('consent.suppression.robinsonNoDate'),
            entries: robinson.current.entries,
            imported: format.dateTime(robinson.current.startedAt),
            sha: robinson.current.sha256 ?? '-',
          })}
        </p>
      ) : (
        <p data-testid="robinson-status">{t('consent.suppression.robinsonNone')}</p>
      )}
      {robinson.consultations.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" data-testid="robinson-consultations">
            <caption>{t('consent.suppression.robinsonConsultations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.suppression.robinsonColumns.when')}</th>
                <th scope="col">{t('consent.suppression.robinsonColumns.file')}</th>
                <th scope="col">{t('consent.suppression.robinsonColumns.result')}</th>
                <th scope="col">{t('consent.suppression.robinsonColumns.by')}</th>
              </tr>
            </thead>
            <tbody>
              {robinson.consultations.map((c) => (
                <tr key={c.id}>
                  <td>{format.dateTime(c.startedAt)}</td>
                  <td>{c.fileName}</td>
                  <td>
                    {c.status === 'completed'
                      ? t('consent.suppression.robinsonImported', {
                          entries: c.entries,
                          rejected: c.rejected,
                        })
                      : t(`consent.suppression.robinsonRefusals.${refusalOf(c.refusal)}`)}
                  </td>
                  <td>{c.importedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canImport ? <RobinsonImportForm slug={slug} onImported={onImported} /> : null}
    </section>
  )
}
