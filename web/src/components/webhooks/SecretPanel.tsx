import { useTranslation } from 'react-i18next'
import { SecretShownOnce } from '../SecretShownOnce'

export interface NewSecret {
  url: string
  secret: string
}

/** The signing secret of a new endpoint (or a replaced one), shown once until the user confirms storing it. */
export function SecretPanel({ created, onDismiss }: { created: NewSecret; onDismiss: () => void }) {
  const { t } = useTranslation()
  return (
    <SecretShownOnce
      idPrefix="webhook"
      title={t('webhooks.secretTitle')}
      warning={t('webhooks.secretWarning')}
      label={t('webhooks.secretLabel', { url: created.url })}
      secret={created.secret}
      dismissLabel={t('webhooks.dismiss')}
      onDismiss={onDismiss}
    />
  )
}
