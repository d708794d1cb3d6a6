import { useTranslation } from 'react-i18next'
import type { AuditEvent } from '../../api/types'
import { TableWrap } from '../TableWrap'
import { AuditRow } from './AuditRow'

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation()
  if (events.length === 0) return <p>{t('audit.empty')}</p>
  return (
    <TableWrap label={t('audit.listTitle')}>
      <table className="table table-audit">
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <AuditRow key={event.seq} event={event} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
