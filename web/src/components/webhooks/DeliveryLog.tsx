import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { TableWrap } from '../TableWrap'

const BADGE: Record<WebhookDelivery['status'], string> = {
  pending: 'badge-pending',
  delivered: 'badge-sent',
  failed: 'badge-failed',
  refused: 'badge-failed',
}

/** The deliveries of one endpoint, newest first: event, status, attempts, last answer, next attempt, why. */
export function DeliveryLog({
  url,
  deliveries,
  maxAttempts,
}: {
  url: string
  deliveries: readonly WebhookDelivery[]
  maxAttempts: number
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  if (deliveries.length === 0) return <p>{t('webhooks.logEmpty')}</p>
  return (
    <TableWrap label={t('webhooks.logTitle', { url })}>
      <table className="table" data-testid="webhook-delivery-log">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.logEvent')}</th>
            <th scope="col">{t('webhooks.logStatus')}</th>
            <th scope="col">{t('webhooks.logAttempts')}</th>
            <th scope="col">{t('webhooks.logResponse')}</th>
            <th scope="col">{t('webhooks.logNextRetry')}</th>
            <th scope="col">{t('webhooks.logCreated')}</th>
            <th scope="col">{t('webhooks.logDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => {
            const last = d.log[d.log.length - 1]
            return (
              <tr key={d.id}>
                <th scope="row">
                  {t(`webhooks.eventTypes.${d.eventType}` as 'webhooks.eventTypes.webhook.test', {
                    defaultValue: d.eventType,
                  })}
                </th>
                <td>
                  <span className={`badge ${BADGE[d.status]}`}>
                    {t(`webhooks.deliveryStatus.${d.status}`)}
                  </span>
                </td>
                <td>{t('webhooks.attemptsOf', { attempts: d.attempts, max: maxAttempts })}</td>
                <td>{d.lastStatusCode ?? t('webhooks.noResponse')}</td>
                <td>{d.nextAttemptAt ? dateTime(d.nextAttemptAt) : '–'}</td>
                <td>{dateTime(d.createdAt)}</td>
                <td>{last ? t(`webhooks.outcomes.${last.outcome}`) : '–'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
