import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { type Membership, OUTBOX_STATUSES, type OutboxStatus } from '../api/types'
import { useResource } from '../app/useResource'
import { ResourceView } from '../components/feedback/ResourceView'
import { SelectField } from '../components/form/SelectField'
import { PageTitle } from '../components/layout/PageTitle'
import { OutboxTable } from '../components/outbox/OutboxTable'
import { SmtpBanner } from '../components/outbox/SmtpBanner'

/** Mail sent, waiting or held for the organisation. */
export function OutboxPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [status, setStatus] = useState<OutboxStatus | ''>('')
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/outbox', {
          params: { path: { slug }, query: status ? { status } : {} },
        }),
      ),
    [slug, status],
  )
  const outbox = useResource(load)

  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <p className="lead">{t('outbox.intro')}</p>
      {outbox.data && !outbox.data.smtpConfigured ? <SmtpBanner /> : null}
      <div className="filters filters-inline">
        <SelectField
          id="outbox-status"
          label={t('outbox.status')}
          value={status}
          onChange={(value) => setStatus(OUTBOX_STATUSES.find((s) => s === value) ?? '')}
        >
          <option value="">{t('outbox.allStatuses')}</option>
          {OUTBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="list-section">
        <h2 id="outbox-list-title">{t('outbox.listTitle')}</h2>
        <ResourceView resource={outbox}>
          {(data) => <OutboxTable slug={slug} items={data.items} />}
        </ResourceView>
      </div>
    </>
  )
}
