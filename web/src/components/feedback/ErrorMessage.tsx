import { useTranslation } from 'react-i18next'
import { describeError } from '../../app/errors'
import { Alert } from './Alert'

/** A failed request shown as a translated alert. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (!error) return null
  return <Alert>{describeError(error, t).message ?? t('errors.generic')}</Alert>
}
