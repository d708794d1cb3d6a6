import { useTranslation } from 'react-i18next'
import type { RequestListItem } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { requestsHref } from '../../app/routes'
import { TableWrap } from '../TableWrap'
import { RequestStatusBadge } from './RequestStatusBadge'
import { StateBadge, useCountdown } from './StateBadge'
import { TypeList } from './TypeList'

interface Props {
  slug: string
  label: string
  items: RequestListItem[]
  nameOf: (userId: string) => string | null
  testId: string
}

/** Requests as a worklist table; the reference links to the request. */
export function RequestsTable({ slug, label, items, nameOf, testId }: Props) {
  const { t } = useTranslation()
  const { date, day } = useDateFormat()
  const countdown = useCountdown()
  return (
    <TableWrap label={label}>
      <table className="table requests-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('requests.dashboard.columns.reference')}</th>
            <th scope="col">{t('requests.dashboard.columns.state')}</th>
            <th scope="col">{t('requests.dashboard.columns.subject')}</th>
            <th scope="col">{t('requests.dashboard.columns.types')}</th>
            <th scope="col">
              {t('requests.dashboard.columns.received')}
              <span className="countdown">{t('requests.dashboard.columns.channel')}</span>
            </th>
            <th scope="col">{t('requests.dashboard.columns.due')}</th>
            <th scope="col">{t('requests.dashboard.columns.status')}</th>
            <th scope="col">{t('requests.dashboard.columns.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const left = countdown(item)
            return (
              <tr
                key={item.id}
                className={`request-row request-row-${item.state}`}
                data-testid="request-row"
                data-reference={item.reference}
                data-state={item.state}
              >
                <th scope="row" className="nowrap">
                  <a href={requestsHref(slug, { view: 'detail', id: item.id })} data-testid="request-link">
                    {item.reference}
                  </a>
                </th>
                <td>
                  <StateBadge state={item.state} />
                  {left ? <span className="countdown">{left}</span> : null}
                </td>
                <td className="subject-cell">
                  {item.subjectName ?? <span className="muted">{t('requests.dashboard.noName')}</span>}
                </td>
                <td>
                  <TypeList types={item.types} />
                </td>
                <td className="nowrap">
                  {date(item.receivedAt)}
                  <span className="countdown">{t(`requests.channels.${item.channel}`)}</span>
                </td>
                <td className="nowrap" data-testid="request-due">
                  {item.currentDueDate ? day(item.currentDueDate) : t('common.none')}
                  {item.extendedDueDate ? (
                    <span className="countdown">{t('requests.dashboard.extended')}</span>
                  ) : null}
                </td>
                <td>
                  <RequestStatusBadge status={item.status} />
                </td>
                <td>
                  {item.assigneeId ? (
                    (nameOf(item.assigneeId) ?? t('requests.dashboard.unknownMember'))
                  ) : (
                    <span className="muted">{t('requests.dashboard.unassignedCell')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
