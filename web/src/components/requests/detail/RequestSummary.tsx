import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { RequestStatusBadge } from '../RequestStatusBadge'
import { StateBadge, useCountdown } from '../StateBadge'

/** The key facts at the top: status, the due date that applies and how much time is left. */
export function RequestSummary({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const { day, date } = useDateFormat()
  const countdown = useCountdown()
  const { timeline } = request
  const left =
    timeline.answeredOn && (timeline.state === 'closed_on_time' || timeline.state === 'closed_late')
      ? t('requests.countdown.answeredOn', { date: day(timeline.answeredOn) })
      : countdown(request)
  return (
    <dl className={`request-summary request-summary-${timeline.state}`} data-testid="request-summary">
      <div>
        <dt>{t('requests.detail.status')}</dt>
        <dd>
          <RequestStatusBadge status={request.status} testId="request-status" />
        </dd>
      </div>
      <div>
        <dt>{t('requests.detail.due')}</dt>
        <dd>
          <strong data-testid="request-due">
            {timeline.currentDueDate ? day(timeline.currentDueDate) : t('common.none')}
          </strong>
          {timeline.extendedDueDate && timeline.dueDate ? (
            <span className="countdown">
              {t('requests.detail.originalDue')}: {day(timeline.dueDate)}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('requests.dashboard.columns.state')}</dt>
        <dd data-testid="request-countdown">
          <StateBadge state={timeline.state} />
          {left ? <span className="countdown">{left}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('requests.detail.received')}</dt>
        <dd>
          {date(request.receivedAt)}
          <span className="countdown">{t(`requests.channels.${request.channel}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('requests.detail.assignee')}</dt>
        <dd data-testid="request-assignee">
          {request.assignee ? (
            request.assignee.name || request.assignee.email
          ) : (
            <span className="muted">{t('requests.detail.unassigned')}</span>
          )}
        </dd>
      </div>
    </dl>
  )
}
