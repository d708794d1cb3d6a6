import { useTranslation } from 'react-i18next'

/** Explains why mail is held: no SMTP server is configured. */
export function SmtpBanner() {
  const { t } = useTranslation()
  return (
    <div className="alert alert-info" data-testid="smtp-banner">
      <p>{t('outbox.smtpMissing')}</p>
    </div>
  )
}
