import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language, type Membership, type Organization } from '../../api/types'
import { noticeHref } from '../../app/routes'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { SelectField } from '../../components/form/SelectField'
import { PageTitle } from '../../components/layout/PageTitle'
import { CompareTool } from '../../components/notice/CompareTool'
import { loadVersions } from '../../components/notice/noticeApi'
import { useOrganization } from '../../components/notice/useOrganization'
import { VersionsTable } from '../../components/notice/VersionsTable'

const NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }

/** The published versions of the notice, their public pages and downloads, and what changed between two. */
export function VersionsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const organization = useOrganization(slug)
  const versions = useResource(useCallback(() => loadVersions(slug), [slug]))
  return (
    <>
      <PageTitle>{t('notice.versions.title')}</PageTitle>
      <p className="lead">{t('notice.versions.intro')}</p>
      <ResourceView resource={organization}>
        {(org) => (
          <ResourceView resource={versions}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="alert alert-info" data-testid="versions-empty">
                  {t('notice.versions.empty')}{' '}
                  {data.can.publish ? <a href={noticeHref(slug)}>{t('notice.versions.goPublish')}</a> : null}
                </p>
              ) : (
                <Versions slug={slug} organization={org} versions={data} />
              )
            }
          </ResourceView>
        )}
      </ResourceView>
    </>
  )
}

function Versions({
  slug,
  organization,
  versions,
}: {
  slug: string
  organization: Organization
  versions: Awaited<ReturnType<typeof loadVersions>>
}) {
  const { t } = useTranslation()
  const { language: uiLanguage } = useLanguage()
  const offered = LANGUAGES.filter((l) => organization.languages.includes(l))
  const languages = offered.length > 0 ? offered : [organization.defaultLanguage]
  const [language, setLanguage] = useState<Language>(
    languages.includes(uiLanguage) ? uiLanguage : organization.defaultLanguage,
  )
  return (
    <>
      <section aria-labelledby="versions-title" data-testid="versions">
        <div className="section-header">
          <h2 id="versions-title">{t('notice.versions.listTitle')}</h2>
        </div>
        <SelectField
          id="versions-language"
          label={t('notice.versions.linkLanguage')}
          value={language}
          onChange={(value) => {
            const next = languages.find((l) => l === value)
            if (next) setLanguage(next)
          }}
          className="field-medium"
          testId="versions-language"
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l}>
              {NAMES[l]}
            </option>
          ))}
        </SelectField>
        <VersionsTable versions={versions.items} publicUrl={versions.publicUrl} language={language} />
      </section>
      <CompareTool slug={slug} versions={versions.items} languages={languages} language={language} />
    </>
  )
}
