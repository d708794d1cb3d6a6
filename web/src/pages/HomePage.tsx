import { useTranslation } from 'react-i18next'
import { useFlash } from '../app/flash'
import { useMe } from '../app/SessionContext'
import { Notice } from '../components/feedback/Notice'
import { PageTitle } from '../components/layout/PageTitle'
import { SampleOffer } from '../components/samples/SampleOffer'

/** For a user without any organisation yet. */
export function HomePage() {
  const { t } = useTranslation()
  const me = useMe()
  const [flash] = useFlash()
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
      <Notice>{flash}</Notice>
      <p className="lead">{t('home.noOrganizations')}</p>
      <p>
        <a href="#/orgs/new" className="button-primary">
          {t('header.newOrganization')}
        </a>
      </p>
      <SampleOffer />
    </>
  )
}
