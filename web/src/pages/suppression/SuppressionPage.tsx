import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { AddEntryForm } from './AddEntryForm'
import { CampaignCheckForm } from './CampaignCheckForm'
import { CountsSection } from './CountsSection'
import { DncmSection } from './DncmSection'
import { EntriesSection } from './EntriesSection'
import { RobinsonSection } from './RobinsonSection'

/**
 * Marketing suppression (issue 17): the DNCM list in use with a clear warning when it is stale, the entries by
 * reason, adding and removing an entry, and the check of a campaign file (CSV in, CSV to download).
 */
export function SuppressionPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(async () => {
    const [overview, entries, purposes] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/suppression', { params: { path: { slug } } })),
      call(api.GET('/api/v1/orgs/{slug}/suppression/entries', { params: { path: { slug } } })),
      // Without consent:read the campaign check simply offers no purpose.
      call(api.GET('/api/v1/orgs/{slug}/consent/purposes', { params: { path: { slug } } })).catch(() => ({
        items: [],
      })),
    ])
    return { overview, entries: entries.items, purposes: purposes.items }
  }, [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const remove = async (id: string, masked: string) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.DELETE('/api/v1/orgs/{slug}/suppression/entries/{id}', { params: { path: { slug, id } } }),
      )
      setNotice(t('consent.suppression.removed', { identifier: masked }))
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }
  /** A form's change succeeded: its message, and the page again. */
  const changed = (message: string) => {
    setError(null)
    setNotice(message)
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('consent.suppression.title')}</PageTitle>
      <p className="lead">{t('consent.suppression.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {({ overview, entries, purposes }) => {
          const { can } = overview
          return (
            <>
              <DncmSection dncm={overview.dncm} />
              <RobinsonSection
                slug={slug}
                robinson={overview.robinson}
                canImport={can.import}
                onImported={(entries) => changed(t('consent.suppression.robinsonDone', { entries }))}
              />
              <CountsSection counts={overview.counts} />
              <EntriesSection
                entries={entries}
                canWrite={can.write}
                onRemove={(id, masked) => void remove(id, masked)}
              />
              {can.write ? (
                <section className="card" aria-labelledby="add-entry-title">
                  <h2 id="add-entry-title">{t('consent.suppression.addTitle')}</h2>
                  <AddEntryForm
                    slug={slug}
                    onAdded={(masked) => changed(t('consent.suppression.added', { identifier: masked }))}
                  />
                </section>
              ) : null}
              {can.check ? (
                <section className="card" aria-labelledby="check-title">
                  <h2 id="check-title">{t('consent.suppression.checkTitle')}</h2>
                  <p>{t('consent.suppression.checkIntro')}</p>
                  <CampaignCheckForm slug={slug} purposes={purposes} />
                </section>
              ) : null}
            </>
          )
        }}
      </ResourceView>
    </>
  )
}
