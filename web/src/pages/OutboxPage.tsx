import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { type Membership, OUTBOX_STATUSES, type OutboxStatus } from '../api/types'
import { useMe } from '../app/SessionContext'
import { usePagedList } from '../app/usePagedList'
import { SelectField } from '../components/form/SelectField'
import { PageTitle } from '../components/layout/PageTitle'
import { InstallationMailSection } from '../components/mail/InstallationMailSection'
import { OutboxTable } from '../components/outbox/OutboxTable'
import { SmtpBanner } from '../components/outbox/SmtpBanner'
import { PagedListView } from '../components/PagedListView'

const PAGE_SIZE = 50

/** Mail sent, waiting or held for the organisation. */
export function OutboxPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const me = useMe()
  const [status, setStatus] = useState<OutboxStatus | ''>('')

  const fetchPage = useCallback(
    async (before: string | undefined) => {
      const result = await call(
        api.GET('/api/v1/orgs/{slug}/outbox', {
          params: { path: { slug }, query: { limit: PAGE_SIZE, before, ...(status ? { status } : {}) } },
        }),
      )
      const last = result.items.at(-1)
      const next = result.items.length === PAGE_SIZE && last ? last.id : null
      return { items: result.items, next, extra: { smtpConfigured: result.smtpConfigured } }
    },
    [slug, status],
  )
  const mails = usePagedList(fetchPage)

  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <p className="lead">{t('outbox.intro')}</p>
      {mails.page && !mails.page.extra.smtpConfigured ? <SmtpBanner /> : null}
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
      <h2>{t('outbox.listTitle')}</h2>
      <PagedListView list={mails}>{(items) => <OutboxTable slug={slug} items={items} />}</PagedListView>
      {me.installationAdmin ? <InstallationMailSection /> : null}
    </>
  )
}
