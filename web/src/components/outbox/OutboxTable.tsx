import { useTranslation } from 'react-i18next'
import type { OutboxItem } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { hrefOf } from '../../app/routes'
import { TableWrap } from '../TableWrap'
import { StatusBadge } from './StatusBadge'

export function OutboxTable({ slug, items }: { slug: string; items: OutboxItem[] }) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  if (items.length === 0) return <p>{t('outbox.empty')}</p>
  return (
    <TableWrap label={t('outbox.listTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('outbox.subject')}</th>
            <th scope="col">{t('outbox.to')}</th>
            <th scope="col">{t('outbox.status')}</th>
            <th scope="col">{t('outbox.created')}</th>
            <th scope="col">{t('outbox.attempts')}</th>
            <th scope="col">{t('outbox.lastError')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <a href={hrefOf({ name: 'outbox-message', slug, id: item.id })}>{item.subject}</a>
              </th>
              <td>{item.to}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td className="nowrap">{dateTime(item.createdAt)}</td>
              <td>{item.attempts}</td>
              <td className="error-cell">{item.lastError ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
