import { useTranslation } from 'react-i18next'
import type { WebhookEndpoint } from '../../api/types'
import { ConfirmAction } from '../ConfirmAction'
import { TableWrap } from '../TableWrap'

export interface EndpointActions {
  test: (endpoint: WebhookEndpoint) => Promise<void>
  showLog: (endpoint: WebhookEndpoint) => void
  toggle: (endpoint: WebhookEndpoint) => Promise<void>
  rotate: (endpoint: WebhookEndpoint) => Promise<void>
  remove: (endpoint: WebhookEndpoint) => Promise<void>
}

function statusOf(e: WebhookEndpoint): 'enabled' | 'disabledManual' | 'disabledFailing' {
  if (e.enabled) return 'enabled'
  return e.disabledReason === 'failing' ? 'disabledFailing' : 'disabledManual'
}

export function EndpointsTable({
  endpoints,
  canWrite,
  actions,
}: {
  endpoints: readonly WebhookEndpoint[]
  canWrite: boolean
  actions: EndpointActions
}) {
  const { t } = useTranslation()
  if (endpoints.length === 0) return <p>{t('webhooks.empty')}</p>
  return (
    <TableWrap label={t('webhooks.listTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('webhooks.url')}</th>
            <th scope="col">{t('webhooks.description')}</th>
            <th scope="col">{t('webhooks.events')}</th>
            <th scope="col">{t('webhooks.status')}</th>
            <th scope="col">{t('webhooks.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((e) => {
            const status = statusOf(e)
            return (
              <tr key={e.id} className={e.enabled ? undefined : 'row-inactive'}>
                <th scope="row">
                  <code>{e.url}</code>
                </th>
                <td>{e.description}</td>
                <td>
                  <ul className="plain-list">
                    {e.eventTypes.map((type) => (
                      <li key={type}>
                        {t(`webhooks.eventTypes.${type}` as 'webhooks.eventTypes.webhook.test', {
                          defaultValue: type,
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <span className={`badge ${status === 'enabled' ? 'badge-active' : 'badge-failed'}`}>
                    {t(`webhooks.${status}`)}
                  </span>
                </td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="button-secondary" onClick={() => actions.showLog(e)}>
                      {t('webhooks.showLog')}
                    </button>
                    {canWrite ? (
                      <>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => void actions.test(e)}
                        >
                          {t('webhooks.sendTest')}
                        </button>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => void actions.toggle(e)}
                        >
                          {e.enabled ? t('webhooks.disable') : t('webhooks.enable')}
                        </button>
                        <ConfirmAction
                          label={t('webhooks.rotate')}
                          question={t('webhooks.rotateQuestion')}
                          confirmLabel={t('webhooks.rotateConfirm')}
                          onConfirm={() => actions.rotate(e)}
                        />
                        <ConfirmAction
                          label={t('webhooks.delete')}
                          question={t('webhooks.deleteQuestion')}
                          confirmLabel={t('webhooks.deleteConfirm')}
                          onConfirm={() => actions.remove(e)}
                        />
                      </>
                    ) : null}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
