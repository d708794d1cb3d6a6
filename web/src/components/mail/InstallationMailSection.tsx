import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../feedback/ResourceView'

/**
 * Mail of no organisation - password resets - for installation admins on the outbox page: while no mail server
 * is set they are held, and this is where an admin reads a reset link to pass it on (issue 15).
 */
export function InstallationMailSection() {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const mails = useResource(useCallback(() => call(api.GET('/api/v1/installation/outbox')), []))
  return (
    <section aria-labelledby="installation-mail-title" className="card" data-testid="installation-mail">
      <h2 id="installation-mail-title">{t('mail.outbox.title')}</h2>
      <p className="hint">{t('mail.outbox.intro')}</p>
      <ResourceView resource={mails}>
        {(data) => (
          <>
            {data.smtpConfigured ? null : (
              <p className="alert alert-warning" data-testid="installation-mail-held">
                {t('mail.outbox.noServer')}
              </p>
            )}
            {data.items.length === 0 ? (
              <p>{t('mail.outbox.empty')}</p>
            ) : (
              <ul>
                {data.items.map((mail) => (
                  <li key={mail.id}>
                    <p>
                      <strong>{mail.subject}</strong> - {mail.to} - {dateTime(mail.createdAt)} -{' '}
                      {t(`outbox.statuses.${mail.status}`)}
                    </p>
                    {mail.textBody ? (
                      <details>
                        <summary>{t('mail.outbox.showText')}</summary>
                        <pre className="mail-body">{mail.textBody}</pre>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </ResourceView>
    </section>
  )
}
