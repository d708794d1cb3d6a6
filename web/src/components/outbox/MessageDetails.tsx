import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { OutboxMessage } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { Notice } from '../feedback/Notice'
import { StatusBadge } from './StatusBadge'

interface DetailsProps {
  slug: string
  message: OutboxMessage
  onRetried: () => void
}

/** One mail's metadata and text version (the HTML version is never rendered), with a retry button. */
export function MessageDetails({ slug, message: m, onRetried }: DetailsProps) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [busy, run] = useBusy()
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const retry = () =>
    run(async () => {
      setNotice(null)
      setError(null)
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/outbox/{id}/retry', { params: { path: { slug, id: m.id } } }),
        )
        setNotice(t('outbox.retried'))
        onRetried()
      } catch (failure) {
        setError(failure)
      }
    })

  const rows: [string, ReactNode][] = [
    [t('outbox.to'), m.to],
    [t('outbox.status'), <StatusBadge key="status" status={m.status} />],
    [t('outbox.language'), t(`languages.${m.language}`)],
    [t('outbox.template'), <code key="template">{m.template}</code>],
    [t('outbox.created'), dateTime(m.createdAt)],
    [t('outbox.sentAt'), m.sentAt ? dateTime(m.sentAt) : t('common.none')],
    [t('outbox.attempts'), String(m.attempts)],
    [t('outbox.lastError'), m.lastError ?? t('common.none')],
  ]

  return (
    <>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <div className="card">
        <dl className="summary-list">
          {rows.map(([term, value]) => (
            <div key={term} className="summary-row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {m.status === 'unconfirmed' ? (
        <p className="alert alert-warning">{t('outbox.unconfirmedExplanation')}</p>
      ) : null}
      {m.can.retry ? (
        <p>
          <button type="button" className="button-primary" onClick={() => void retry()} disabled={busy}>
            {t('outbox.retry')}
          </button>
        </p>
      ) : null}
      <section aria-labelledby="mail-body-title">
        <h2 id="mail-body-title">{t('outbox.body')}</h2>
        {m.textBody !== null ? (
          <pre className="mail-body">{m.textBody}</pre>
        ) : (
          <p className="muted">
            {t('outbox.bodyPurged', { date: m.bodyPurgedAt ? dateTime(m.bodyPurgedAt) : '' })}
          </p>
        )}
      </section>
    </>
  )
}
