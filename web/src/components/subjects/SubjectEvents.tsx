import { useTranslation } from 'react-i18next'
import type { SubjectEvent } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { TableWrap } from '../TableWrap'

export function SubjectEvents({ events }: { events: SubjectEvent[] }) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  return (
    <section aria-labelledby="subject-events-title" data-testid="subject-events">
      <h2 id="subject-events-title">{t('subjects.detail.events')}</h2>
      {events.length === 0 ? (
        <p>{t('subjects.detail.noEvents')}</p>
      ) : (
        <TableWrap label={t('subjects.detail.events')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('subjects.detail.date')}</th>
                <th scope="col">{t('subjects.detail.event')}</th>
                <th scope="col">{t('subjects.detail.note')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-testid="subject-event">
                  <td className="nowrap">{day(e.occurredOn)}</td>
                  <th scope="row">{t(`subjects.eventKinds.${e.kind}`)}</th>
                  <td>{e.note ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}
