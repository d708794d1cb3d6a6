import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LetterPreview, RequestLetter } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { useBusy } from '../../../app/useBusy'
import { ErrorMessage } from '../../feedback/ErrorMessage'
import { loadLetter, requestBase } from '../requestApi'

interface Props {
  slug: string
  requestId: string
  letter: RequestLetter
}

/** One letter: kind, date, how it goes out, and its text (plain text, never rendered as HTML) on demand. */
export function LetterItem({ slug, requestId, letter }: Props) {
  const { t } = useTranslation()
  const { day, dateTime } = useDateFormat()
  const [preview, setPreview] = useState<LetterPreview | null>(null)
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const kind = t(`requests.letters.kinds.${letter.kind}`)
  const textId = `letter-${letter.id}-text`

  const toggle = () => {
    if (shown) return setShown(false)
    setShown(true)
    if (preview) return
    void run(async () => {
      try {
        setPreview(await loadLetter(slug, requestId, letter.id))
      } catch (failure) {
        setError(failure)
      }
    })
  }

  const status =
    letter.delivery === 'post'
      ? t('requests.letters.toPrint')
      : letter.sentAt
        ? `${t('outbox.statuses.sent')} · ${dateTime(letter.sentAt)}`
        : letter.outboxStatus && letter.outboxStatus in STATUS_KEYS
          ? t(`outbox.statuses.${letter.outboxStatus as keyof typeof STATUS_KEYS}`)
          : (letter.outboxStatus ?? t('common.none'))

  return (
    <li className="letter" data-testid="letter" data-kind={letter.kind}>
      <div className="letter-head">
        <strong data-testid="letter-kind">{kind}</strong>
        <span className="muted">
          {' '}
          · <time dateTime={letter.date}>{day(letter.date)}</time> ·{' '}
          {t(`requests.letters.deliveries.${letter.delivery}`)}
          {letter.to ? ` · ${letter.to}` : ''}
        </span>
      </div>
      <p className="letter-meta">
        {status}
        {letter.sendBy && !letter.sentAt
          ? ` · ${t('requests.letters.sendBy', { date: day(letter.sendBy) })}`
          : ''}
      </p>
      <div className="letter-buttons">
        <button
          type="button"
          className="button-secondary"
          aria-expanded={shown}
          aria-controls={textId}
          aria-label={`${shown ? t('requests.letters.hide') : t('requests.letters.show')}: ${kind}`}
          data-testid="letter-toggle"
          onClick={toggle}
        >
          {shown ? t('requests.letters.hide') : t('requests.letters.show')}
        </button>
        <a
          className="button-link"
          href={`${requestBase(slug, requestId)}/letters/${letter.id}?format=pdf`}
          aria-label={t('requests.letters.pdfLabel', { kind, date: day(letter.date) })}
        >
          {t('requests.letters.pdf')}
        </a>
      </div>
      <div id={textId} hidden={!shown} aria-busy={busy}>
        <ErrorMessage error={error} />
        {preview ? (
          <>
            <p className="letter-subject">{preview.subject}</p>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <pre className="letter-text" lang={preview.language} tabIndex={0} data-testid="letter-text">
              {preview.text}
            </pre>
          </>
        ) : null}
      </div>
    </li>
  )
}

const STATUS_KEYS = { pending: true, sent: true, failed: true, held: true, unconfirmed: true }
