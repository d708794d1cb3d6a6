import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api/client'
import { call } from '../../../api/problem'
import type { RequestDetail } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { useBusy } from '../../../app/useBusy'
import { Notice } from '../../feedback/Notice'
import { TextAreaField } from '../../register/form/TextAreaField'
import { ProblemAlert } from '../ProblemAlert'

/** Internal notes (never shown to the subject) and a form to add one. */
export function NotesSection({
  slug,
  request,
  canWrite,
  onChanged,
}: {
  slug: string
  request: RequestDetail
  canWrite: boolean
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [body, setBody] = useState('')
  const [missing, setMissing] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [added, setAdded] = useState<string | null>(null)
  const [busy, run] = useBusy()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAdded(null)
    setError(null)
    if (!body.trim()) {
      setMissing(true)
      document.getElementById('note-body')?.focus()
      return
    }
    setMissing(false)
    void run(async () => {
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/requests/{id}/notes', {
            params: { path: { slug, id: request.id } },
            body: { body: body.trim() },
          }),
        )
        setBody('')
        setAdded(t('requests.notes.added'))
        onChanged()
      } catch (failure) {
        setError(failure)
      }
    })
  }

  return (
    <section className="card" aria-labelledby="notes-title" data-testid="request-notes">
      <h2 id="notes-title">{t('requests.notes.title')}</h2>
      <p className="hint">{t('requests.notes.intro')}</p>
      {request.notes.length === 0 ? (
        <p>{t('requests.notes.empty')}</p>
      ) : (
        <ul className="note-list">
          {request.notes.map((note) => (
            <li key={note.id} className="note" data-testid="note">
              <p className="note-meta">
                <strong>{note.authorLabel}</strong> ·{' '}
                <time dateTime={note.createdAt}>{dateTime(note.createdAt)}</time>
              </p>
              <p className="prewrap">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form onSubmit={submit} noValidate className="form" data-testid="note-form">
          <ProblemAlert error={error} />
          <Notice>{added}</Notice>
          <TextAreaField
            id="note-body"
            testId="note-body"
            label={t('requests.notes.body')}
            maxLength={10000}
            value={body}
            onChange={setBody}
            error={missing ? t('errors.required') : undefined}
          />
          <button type="submit" className="button-secondary" disabled={busy} data-testid="note-submit">
            {t('requests.notes.add')}
          </button>
        </form>
      ) : null}
    </section>
  )
}
