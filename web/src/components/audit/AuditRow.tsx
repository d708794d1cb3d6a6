import { useTranslation } from 'react-i18next'
import type { AuditEvent } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { actorText, targetText } from './actorText'
import { actionLabel } from './auditActions'
import { summaryEntries } from './summaryText'

export function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation()
  const { dateTime, date } = useDateFormat()
  const entries = summaryEntries({ t, dateTime }, event.summary)
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={event.occurredAt}>{dateTime(event.occurredAt)}</time>
      </td>
      <td>{actorText(t, event)}</td>
      <th scope="row">
        {actionLabel(t, event.action)}
        <code className="action-code">{event.action}</code>
      </th>
      <td>{targetText(t, event.targetType)}</td>
      <td>
        {event.emptiedAt ? (
          <em className="audit-emptied">{t('audit.emptied', { date: date(event.emptiedAt) })}</em>
        ) : entries.length > 0 ? (
          <dl className="kv-list">
            {entries.map(([key, value]) => (
              <div key={`${key}:${value}`}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          t('common.none')
        )}
      </td>
    </tr>
  )
}
