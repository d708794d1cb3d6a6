import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { orgHref } from '../app/routes'
import { useResource } from '../app/useResource'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { MessageDetails } from '../components/outbox/MessageDetails'

/**
 * One mail: its metadata and text version (the HTML version is never rendered), with a retry button when the
 * server says the caller may send it again (`can.retry`).
 */
export function OutboxMessagePage({ membership, id }: { membership: Membership; id: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/outbox/{id}', { params: { path: { slug, id } } })),
    [slug, id],
  )
  const message = useResource(load)
  const title = message.data ? t('outbox.messageTitle', { subject: message.data.subject }) : t('outbox.title')

  return (
    <>
      <p className="breadcrumb">
        <a href={orgHref(slug, 'outbox')}>← {t('outbox.back')}</a>
      </p>
      <PageTitle>{title}</PageTitle>
      <ResourceView resource={message}>
        {(data) => <MessageDetails slug={slug} message={data} onRetried={message.reload} />}
      </ResourceView>
    </>
  )
}
