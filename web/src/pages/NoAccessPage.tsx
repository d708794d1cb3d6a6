import { useTranslation } from 'react-i18next'
import type { OrgSection } from '../app/routes'
import { SECTION_LABEL } from '../app/sections'
import { Alert } from '../components/feedback/Alert'
import { PageTitle } from '../components/layout/PageTitle'

/** A section the user's role may not open (the navigation hides it, but the address can be typed). */
export function NoAccessPage({ section }: { section: OrgSection }) {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t(SECTION_LABEL[section])}</PageTitle>
      <Alert>{t('noAccess.text')}</Alert>
    </>
  )
}
