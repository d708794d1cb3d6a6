import { useTranslation } from 'react-i18next'
import { useSession } from '../app/SessionContext'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { PageTitle } from '../components/layout/PageTitle'

/** Shown when the server could not tell whether anyone is signed in (e.g. it is unreachable). */
export function SessionErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  return (
    <>
      <PageTitle>{t('app.name')}</PageTitle>
      <ErrorMessage error={error} />
      <button type="button" className="button-primary" onClick={() => void refresh()}>
        {t('common.retry')}
      </button>
    </>
  )
}
