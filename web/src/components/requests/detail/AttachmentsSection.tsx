import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { formatBytes, useDateFormat } from '../../../app/format'
import { isLanguage, localeOf } from '../../../i18n/language'
import { requestBase } from '../requestApi'

const INTAKE_CONTENT_TYPE = 'application/vnd.custos.request-intake+json'

/** Files kept with the request (the original, identity documents…); downloads are decrypted by the server. */
export function AttachmentsSection({ slug, request }: { slug: string; request: RequestDetail }) {
  const { t, i18n } = useTranslation()
  const { date } = useDateFormat()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  // The intake record (what the subject wrote) is shown as the request's details, not as a file.
  const files = request.attachments.filter((a) => a.contentType !== INTAKE_CONTENT_TYPE)
  if (files.length === 0) return null
  return (
    <section className="card" aria-labelledby="attachments-title" data-testid="request-attachments">
      <h2 id="attachments-title">{t('requests.attachments.title')}</h2>
      <ul className="plain-list attachment-list">
        {files.map((a) => (
          <li key={a.id} data-testid="attachment">
            <span className="badge">{t(`requests.attachments.kinds.${a.kind}`)}</span>{' '}
            {a.deletedAt ? (
              <span>
                {a.filename}{' '}
                <span className="muted">
                  ({t('requests.attachments.deleted', { date: date(a.deletedAt) })})
                </span>
              </span>
            ) : (
              <>
                <a
                  href={`${requestBase(slug, request.id)}/attachments/${a.id}`}
                  aria-label={t('requests.attachments.downloadLabel', { name: a.filename })}
                  download={a.filename}
                >
                  {a.filename}
                </a>{' '}
                <span className="muted">
                  ({formatBytes(a.sizeBytes, locale)}
                  {a.deleteAfterDecision ? ` · ${t('requests.attachments.deletedAfterDecision')}` : ''})
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
