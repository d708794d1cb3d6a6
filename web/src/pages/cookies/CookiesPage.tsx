import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { CookieProposals } from './CookieProposals'
import { CookieScans } from './CookieScans'
import { InventorySection } from './InventorySection'
import { MappingForm } from './MappingForm'
import { SettingsForm } from './SettingsForm'

/**
 * Cookies (issue 18): the inventory the banner and the declaration show, the consent purpose of the register each
 * optional category's choices are recorded under (saved as a new inventory version), the scanner's settings and
 * the scans with their findings and the difference from the scan before.
 */
export function CookiesPage({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const { slug } = membership
  const lang = i18n.language as 'nl' | 'fr' | 'en'
  const load = useCallback(async () => {
    const [setup, purposes] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/cookies', { params: { path: { slug } } })),
      call(api.GET('/api/v1/orgs/{slug}/consent/purposes', { params: { path: { slug } } })).catch(() => ({
        items: [],
      })),
    ])
    return { setup, purposes: purposes.items }
  }, [slug])
  const data = useResource(load)
  // The confirmation is kept as its text's key, so it follows a change of language.
  const [notice, setNotice] = useState<{
    key: 'mappingSaved' | 'settingsSaved' | 'proposals.accepted' | 'services.saved' | 'services.deleted'
    version?: number
    name?: string
  } | null>(null)
  // Counts the scans that finished while the page was open: the proposals are read again after each.
  const [scansFinished, setScansFinished] = useState(0)
  /** A change was saved: its confirmation, and the page again. */
  const saved = (next: NonNullable<typeof notice>) => {
    setNotice(next)
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('cookies.title')}</PageTitle>
      <p className="lead">{t('cookies.intro')}</p>
      <Notice>
        {notice ? t(`cookies.${notice.key}`, { version: notice.version, name: notice.name }) : null}
      </Notice>
      <ResourceView resource={data}>
        {({ setup, purposes }) => {
          const labelOf = (p: (typeof purposes)[number]) =>
            typeof p.label === 'string' ? p.label : (p.label[lang] ?? p.label.nl ?? p.key)
          return (
            <>
              <InventorySection
                slug={slug}
                setup={setup}
                onSaved={(version, name) => saved({ key: 'services.saved', version, name })}
                onDeleted={(version, name) => saved({ key: 'services.deleted', version, name })}
              />
              <section className="card" aria-labelledby="mapping-title">
                <h2 id="mapping-title">{t('cookies.mappingTitle')}</h2>
                <p>{t('cookies.mappingIntro')}</p>
                {purposes.length === 0 ? (
                  <div className="alert alert-warning">
                    <p>{t('cookies.noConsentPurposes')}</p>
                  </div>
                ) : null}
                <MappingForm
                  slug={slug}
                  setup={setup}
                  purposes={purposes.map((p) => ({ key: p.key, label: labelOf(p) }))}
                  onSaved={(version) => saved({ key: 'mappingSaved', version })}
                />
              </section>
              <section className="card" aria-labelledby="settings-title">
                <h2 id="settings-title">{t('cookies.settingsTitle')}</h2>
                <SettingsForm slug={slug} setup={setup} onSaved={() => saved({ key: 'settingsSaved' })} />
              </section>
              <CookieScans
                slug={slug}
                canScan={setup.can.write}
                hasUrls={setup.settings.scanUrls.length > 0}
                onFinished={() => setScansFinished((n) => n + 1)}
              />
              <CookieProposals
                slug={slug}
                refresh={scansFinished}
                onAccepted={(version) => saved({ key: 'proposals.accepted', version })}
              />
            </>
          )
        }}
      </ResourceView>
    </>
  )
}
