import { useTranslation } from 'react-i18next'
import type { NewApiToken } from '../../api/types'
import { SecretShownOnce } from '../SecretShownOnce'

/** The secret of a new token, shown once, until the user confirms they stored it. */
export function TokenSecretPanel({ token, onDismiss }: { token: NewApiToken; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <SecretShownOnce
      idPrefix="token"
      title={t('tokens.secretTitle')}
      warning={t('tokens.secretWarning')}
      label={t('tokens.secretLabel', { name: token.name })}
      secret={token.secret}
      dismissLabel={t('tokens.dismiss')}
      onDismiss={onDismiss}
    />
  )
}
