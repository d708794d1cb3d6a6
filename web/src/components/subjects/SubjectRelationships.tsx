import { useTranslation } from 'react-i18next'
import type { SubjectRelationship } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { TableWrap } from '../TableWrap'

export function SubjectRelationships({ relationships }: { relationships: SubjectRelationship[] }) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  return (
    <section aria-labelledby="relationships-title" data-testid="subject-relationships">
      <h2 id="relationships-title">{t('subjects.detail.relationships')}</h2>
      {relationships.length === 0 ? (
        <p>{t('subjects.detail.noRelationships')}</p>
      ) : (
        <TableWrap label={t('subjects.detail.relationships')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('subjects.detail.relationship')}</th>
                <th scope="col">{t('subjects.detail.started')}</th>
                <th scope="col">{t('subjects.detail.ended')}</th>
                <th scope="col">{t('subjects.detail.note')}</th>
              </tr>
            </thead>
            <tbody>
              {relationships.map((r) => (
                <tr key={r.id} data-testid="relationship">
                  <th scope="row">{r.relationship}</th>
                  <td className="nowrap">{r.startedOn ? day(r.startedOn) : t('common.none')}</td>
                  <td className="nowrap">{r.endedOn ? day(r.endedOn) : t('common.none')}</td>
                  <td>{r.note ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}
