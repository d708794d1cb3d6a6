import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  LANGUAGES,
  type Language,
  type Membership,
  type NoticePreview,
  type Organization,
} from '../../api/types'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { Alert } from '../../components/feedback/Alert'
import { Loading } from '../../components/feedback/Loading'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { CompletenessList } from '../../components/notice/CompletenessList'
import { LanguageTabs } from '../../components/notice/LanguageTabs'
import { NoticeDocumentView } from '../../components/notice/NoticeDocumentView'
import { loadPreview, loadVersions } from '../../components/notice/noticeApi'
import { toNoticeDocument } from '../../components/notice/noticeDocument'
import { PublishPanel } from '../../components/notice/PublishPanel'
import { useOrganization } from '../../components/notice/useOrganization'

/** The heading of the checklist, which the summary's link moves focus to. */
const CHECK_ID = 'completeness-title'

/** The notice as it would read if published now, its completeness check and (for editors) publishing. */
export function PreviewPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const organization = useOrganization(membership.slug)
  return (
    <>
      <PageTitle>{t('notice.preview.title')}</PageTitle>
      <p className="lead">{t('notice.preview.intro')}</p>
      <ResourceView resource={organization}>
        {(data) => <Preview membership={membership} organization={data} />}
      </ResourceView>
    </>
  )
}

/** The organisation's languages in the usual order (Dutch, French, English). */
function languagesOf(organization: Organization): Language[] {
  const offered = LANGUAGES.filter((l) => organization.languages.includes(l))
  return offered.length > 0 ? offered : [organization.defaultLanguage]
}

function Preview({ membership, organization }: { membership: Membership; organization: Organization }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { language: uiLanguage } = useLanguage()
  const languages = languagesOf(organization)
  const [tab, setTab] = useState<Language>(
    languages.includes(uiLanguage) ? uiLanguage : organization.defaultLanguage,
  )

  // One request per language and check round: the checklist (in the interface language) and the notice in the
  // selected tab share it when the languages are the same.
  const [round, setRound] = useState(0)
  const [cache] = useState(() => new Map<string, Promise<NoticePreview>>())
  const preview = useCallback(
    (lang: Language) => {
      const key = `${round}:${lang}`
      let pending = cache.get(key)
      if (!pending) {
        pending = loadPreview(slug, lang)
        cache.set(key, pending)
        pending.catch(() => cache.delete(key))
      }
      return pending
    },
    [cache, slug, round],
  )
  const check = useResource(useCallback(() => preview(uiLanguage), [preview, uiLanguage]))
  const notice = useResource(useCallback(() => preview(tab), [preview, tab]))
  const versions = useResource(useCallback(() => loadVersions(slug), [slug]))
  /** Whether the caller may publish, as the server says with the versions (unknown until they are loaded). */
  const canPublish = versions.data?.can.publish

  const items = check.data?.completeness ?? []
  const missing = items.filter((i) => i.status === 'missing').length
  const noticeDocument = notice.data ? toNoticeDocument(notice.data.notice) : null
  const switching = notice.loading && notice.data?.language !== tab

  return (
    <>
      <ResourceView resource={check}>
        {() => (
          <p
            className={missing === 0 ? 'alert alert-success' : 'alert alert-warning'}
            data-testid="completeness-summary"
          >
            <span className="status-icon" aria-hidden="true">
              {missing === 0 ? '✓' : '✗'}
            </span>{' '}
            {missing === 0 ? t('notice.check.allPresent') : t('notice.check.missing', { count: missing })}
            {missing > 0 ? (
              <>
                {' '}
                <a
                  href={`#${CHECK_ID}`}
                  onClick={(event) => {
                    // The application routes on the hash: move focus to the checklist instead of following the link.
                    event.preventDefault()
                    const heading = document.getElementById(CHECK_ID)
                    heading?.scrollIntoView({ block: 'start' })
                    heading?.focus({ preventScroll: true })
                  }}
                  data-testid="completeness-show-missing"
                >
                  {t('notice.check.showMissing')}
                </a>
              </>
            ) : null}
          </p>
        )}
      </ResourceView>
      <div className="notice-layout">
        <div className="notice-side">
          {canPublish === false ? (
            <p className="alert alert-info" data-testid="publish-read-only">
              {t('notice.publish.readOnly')}
            </p>
          ) : check.data && versions.data ? (
            <PublishPanel
              slug={slug}
              missing={missing}
              latest={versions.data.items[0]}
              publicUrl={versions.data.publicUrl}
              language={tab}
              onPublished={() => versions.reload()}
              onRefused={() => setRound((r) => r + 1)}
            />
          ) : (
            <ResourceView resource={versions}>{() => null}</ResourceView>
          )}
          <section aria-labelledby={CHECK_ID} className="card" data-testid="completeness-card">
            <div className="section-header">
              <h2 id={CHECK_ID} tabIndex={-1}>
                {t('notice.check.title')}
              </h2>
              <button
                type="button"
                className="button-secondary"
                onClick={() => setRound((r) => r + 1)}
                disabled={check.loading}
                data-testid="completeness-recheck"
              >
                {t('notice.check.recheck')}
              </button>
            </div>
            <p className="hint">{t('notice.check.intro')}</p>
            {check.data ? <CompletenessList items={items} slug={slug} /> : null}
            {check.loading ? <Loading /> : null}
          </section>
        </div>
        <section aria-labelledby="preview-title" className="card notice-main" data-testid="notice-preview">
          <h2 id="preview-title">{t('notice.preview.previewTitle')}</h2>
          <p className="hint">{t('notice.preview.previewIntro')}</p>
          <LanguageTabs
            id="notice-language"
            label={t('notice.preview.languageTabs')}
            languages={languages}
            value={tab}
            onChange={setTab}
          >
            {switching ? (
              <Loading />
            ) : (
              <ResourceView resource={notice}>
                {() =>
                  noticeDocument ? (
                    <NoticeDocumentView notice={noticeDocument} level={3} />
                  ) : (
                    <Alert>{t('notice.preview.unreadable')}</Alert>
                  )
                }
              </ResourceView>
            )}
          </LanguageTabs>
        </section>
      </div>
    </>
  )
}
