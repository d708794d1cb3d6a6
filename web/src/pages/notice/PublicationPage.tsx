import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { EmbedCard } from '../../components/notice/EmbedCard'
import { loadVersions } from '../../components/notice/noticeApi'
import { useOrganization } from '../../components/notice/useOrganization'

/** Where the notice is published and how to link to it or show it on the organisation's own website. */
export function PublicationPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const organization = useOrganization(slug)
  const versions = useResource(useCallback(() => loadVersions(slug), [slug]))
  return (
    <>
      <PageTitle>{t('notice.publication.title')}</PageTitle>
      <p className="lead">{t('notice.publication.intro')}</p>
      <ResourceView resource={organization}>
        {(org) => (
          <ResourceView resource={versions}>
            {(data) => {
              const offered = LANGUAGES.filter((l) => org.languages.includes(l))
              const languages = offered.length > 0 ? offered : [org.defaultLanguage]
              return (
                <EmbedCard
                  publicUrl={data.publicUrl}
                  organizationName={org.legalName || org.name}
                  languages={languages}
                  defaultLanguage={
                    languages.includes(org.defaultLanguage) ? org.defaultLanguage : (languages[0] ?? 'nl')
                  }
                  published={data.items.length > 0}
                />
              )
            }}
          </ResourceView>
        )}
      </ResourceView>
    </>
  )
}
