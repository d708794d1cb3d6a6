import { useTranslation } from 'react-i18next'
import { PageTitle } from '../components/layout/PageTitle'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="lead">{t('notFound.text')}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </>
  )
}
