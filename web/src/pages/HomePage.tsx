import { useTranslation } from 'react-i18next'
import { useMe } from '../app/SessionContext'
import { PageTitle } from '../components/layout/PageTitle'

/** For a user without any organisation yet. */
export function HomePage() {
  const { t } = useTranslation()
  const me = useMe()
  if (!me.canCreateOrganizations)
    return (
      <>
        <PageTitle>{t('home.title')}</PageTitle>
        <p className="lead">{t('home.noOrganizationsInvite')}</p>
      </>
    )
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.noOrganizations')}</p>
      <p>
        <a href="#/orgs/new" className="button-primary">
          {t('header.newOrganization')}
        </a>
      </p>
    </>
  )
}
