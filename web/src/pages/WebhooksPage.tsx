import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership, WebhookDelivery, WebhookEndpoint } from '../api/types'
import { useResource } from '../app/useResource'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { Notice } from '../components/feedback/Notice'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { CreateEndpointForm } from '../components/webhooks/CreateEndpointForm'
import { DeliveryLog } from '../components/webhooks/DeliveryLog'
import { type EndpointActions, EndpointsTable } from '../components/webhooks/EndpointsTable'
import { type NewSecret, SecretPanel } from '../components/webhooks/SecretPanel'

/** Webhook endpoints: list, add (secret shown once), test, switch on/off, new secret, delete, delivery log. */
export function WebhooksPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/webhooks', { params: { path: { slug } } })),
    [slug],
  )
  const endpoints = useResource(load)
  const [secret, setSecret] = useState<NewSecret | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [logOf, setLogOf] = useState<WebhookEndpoint | null>(null)
  const [log, setLog] = useState<WebhookDelivery[] | null>(null)

  const showLog = async (endpoint: WebhookEndpoint) => {
    setLogOf(endpoint)
    const result = await call(
      api.GET('/api/v1/orgs/{slug}/webhooks/{id}/deliveries', {
        params: { path: { slug, id: endpoint.id } },
      }),
    )
    setLog(result.items)
  }

  const act = async (work: () => Promise<string | null>) => {
    setNotice(null)
    setError(null)
    try {
      setNotice(await work())
    } catch (failure) {
      setError(failure)
    }
    endpoints.reload()
  }

  const path = (endpoint: WebhookEndpoint) => ({ params: { path: { slug, id: endpoint.id } } })
  const actions: EndpointActions = {
    showLog: (endpoint) => void showLog(endpoint).catch(setError),
    test: (endpoint) =>
      act(async () => {
        const delivery = await call(api.POST('/api/v1/orgs/{slug}/webhooks/{id}/test', path(endpoint)))
        await showLog(endpoint)
        return t('webhooks.testSent', {
          url: endpoint.url,
          status: t(`webhooks.deliveryStatus.${delivery.status}`),
        })
      }),
    toggle: (endpoint) =>
      act(async () => {
        await call(
          api.PATCH('/api/v1/orgs/{slug}/webhooks/{id}', {
            ...path(endpoint),
            body: { enabled: !endpoint.enabled },
          }),
        )
        return null
      }),
    rotate: (endpoint) =>
      act(async () => {
        const rotated = await call(api.POST('/api/v1/orgs/{slug}/webhooks/{id}/secret', path(endpoint)))
        setSecret({ url: rotated.url, secret: rotated.secret })
        return null
      }),
    remove: (endpoint) =>
      act(async () => {
        await call(api.DELETE('/api/v1/orgs/{slug}/webhooks/{id}', path(endpoint)))
        if (logOf?.id === endpoint.id) {
          setLogOf(null)
          setLog(null)
        }
        return t('webhooks.deleted', { url: endpoint.url })
      }),
  }

  return (
    <>
      <PageTitle>{t('webhooks.title')}</PageTitle>
      <p className="lead">{t('webhooks.intro')}</p>
      {secret ? <SecretPanel created={secret} onDismiss={() => setSecret(null)} /> : null}
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={endpoints}>
        {(data) => (
          <>
            <div className="list-section">
              <h2 id="webhooks-list-title">{t('webhooks.listTitle')}</h2>
              <EndpointsTable endpoints={data.items} canWrite={data.can.write} actions={actions} />
            </div>
            {logOf && log ? (
              <section className="list-section" aria-labelledby="webhook-log-title">
                <h2 id="webhook-log-title">{t('webhooks.logTitle', { url: logOf.url })}</h2>
                <DeliveryLog url={logOf.url} deliveries={log} maxAttempts={data.maxAttempts} />
              </section>
            ) : null}
            {data.can.write ? (
              <section aria-labelledby="create-webhook-title" className="card">
                <h2 id="create-webhook-title">{t('webhooks.createTitle')}</h2>
                <CreateEndpointForm
                  slug={slug}
                  eventTypes={data.eventTypes}
                  onCreated={(created) => {
                    setNotice(null)
                    setSecret(created)
                    endpoints.reload()
                  }}
                />
              </section>
            ) : null}
          </>
        )}
      </ResourceView>
    </>
  )
}
