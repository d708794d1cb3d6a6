import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { ApiToken, Membership, NewApiToken } from '../api/types'
import { useResource } from '../app/useResource'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { Notice } from '../components/feedback/Notice'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { CreateTokenForm } from '../components/tokens/CreateTokenForm'
import { TokenSecretPanel } from '../components/tokens/TokenSecretPanel'
import { TokensTable } from '../components/tokens/TokensTable'

/** API tokens: list, create (secret shown once) and revoke. */
export function ApiTokensPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/api-tokens', { params: { path: { slug } } })),
    [slug],
  )
  const tokens = useResource(load)
  const [created, setCreated] = useState<NewApiToken | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const revoke = async (token: ApiToken) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.DELETE('/api/v1/orgs/{slug}/api-tokens/{id}', { params: { path: { slug, id: token.id } } }),
      )
      setNotice(t('tokens.revokedNotice', { name: token.name }))
    } catch (failure) {
      setError(failure)
    }
    tokens.reload()
  }

  return (
    <>
      <PageTitle>{t('tokens.title')}</PageTitle>
      <p className="lead">{t('tokens.intro')}</p>
      {created ? <TokenSecretPanel token={created} onDismiss={() => setCreated(null)} /> : null}
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <div className="list-section">
        <h2 id="tokens-list-title">{t('tokens.listTitle')}</h2>
        <ResourceView resource={tokens}>
          {(data) => <TokensTable tokens={data.items} canRevoke={data.can.revoke} onRevoke={revoke} />}
        </ResourceView>
      </div>
      {tokens.data?.can.create ? (
        <section aria-labelledby="create-token-title" className="card">
          <h2 id="create-token-title">{t('tokens.createTitle')}</h2>
          <CreateTokenForm
            slug={slug}
            available={membership.abilities}
            onCreated={(token) => {
              setNotice(null)
              setCreated(token)
              tokens.reload()
            }}
          />
        </section>
      ) : null}
    </>
  )
}
