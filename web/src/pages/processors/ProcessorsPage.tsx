import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language, Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { type LocalizedText, textIn } from '../../components/register/localized'
import { isLanguage } from '../../i18n/language'
import { ChangesSection } from './ChangesSection'
import type { ProcessorActivity } from './ClientForm'
import { ClientsSection } from './ClientsSection'
import { ContractEndSection } from './ContractEndSection'
import { VendorsSection } from './VendorsSection'

async function loadAll(slug: string) {
  const path = { params: { path: { slug } } }
  const [vendors, clients, changes, ends, activities] = await Promise.all([
    call(api.GET('/api/v1/orgs/{slug}/processors/vendors', path)),
    call(api.GET('/api/v1/orgs/{slug}/processors/clients', path)),
    call(api.GET('/api/v1/orgs/{slug}/processors/changes', path)),
    call(api.GET('/api/v1/orgs/{slug}/processors/contract-ends', { params: { path: { slug }, query: {} } })),
    call(api.GET('/api/v1/orgs/{slug}/register/activities', path)),
  ])
  return { vendors, clients, changes, ends, activities: activities.items.map((i) => i.data) }
}

/** The register's activities done as processor, named in the page's language (the choices of a client's form). */
function processorActivities(entries: Record<string, unknown>[], language: Language): ProcessorActivity[] {
  return entries.flatMap((entry) =>
    entry.role === 'processor' && typeof entry.key === 'string'
      ? [{ key: entry.key, name: textIn(entry.name as LocalizedText | undefined, language) ?? entry.key }]
      : [],
  )
}

/**
 * Both sides of Art. 28: the register's vendors with their agreements, transfers, risk and review (as
 * controller); the clients, the sub-processor changes announced to them and the end of a contract (as processor).
 */
export function ProcessorsPage({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'nl'
  const { slug } = membership
  const load = useCallback(() => loadAll(slug), [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const done = (message: string) => {
    setError(null)
    setNotice(message)
    data.reload()
  }
  const failed = (failure: unknown) => {
    setNotice(null)
    setError(failure)
  }
  const withdraw = async (id: string) => {
    try {
      await call(
        api.POST('/api/v1/orgs/{slug}/processors/changes/{id}/withdraw', { params: { path: { slug, id } } }),
      )
      done(t('processors.changes.withdrawn'))
    } catch (failure) {
      failed(failure)
      data.reload()
    }
  }

  return (
    <>
      <PageTitle>{t('processors.title')}</PageTitle>
      <p className="lead">{t('processors.intro')}</p>
      <p>
        <a
          href={`/api/v1/orgs/${encodeURIComponent(slug)}/processors/export?lang=${language}`}
          data-testid="processors-export"
        >
          {t('processorForms.exportXlsx')}
        </a>
      </p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {({ vendors, clients, changes, ends, activities }) => (
          <>
            <VendorsSection slug={slug} vendors={vendors} onSaved={done} onError={failed} />
            <ClientsSection
              slug={slug}
              clients={clients}
              activities={processorActivities(activities, language)}
              onSaved={done}
            />
            <ChangesSection
              slug={slug}
              changes={changes}
              onWithdraw={(id) => void withdraw(id)}
              onAnnounced={done}
            />
            <ContractEndSection
              slug={slug}
              clients={clients}
              ends={ends}
              can={clients.can}
              onStarted={done}
              onError={failed}
              onLink={done}
            />
          </>
        )}
      </ResourceView>
    </>
  )
}
