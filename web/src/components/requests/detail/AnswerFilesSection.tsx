import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api/client'
import { call } from '../../../api/problem'
import type { RequestDetail } from '../../../api/types'
import { formatBytes } from '../../../app/format'
import { useBusy } from '../../../app/useBusy'
import { useFormErrors } from '../../../app/useFormErrors'
import { isLanguage, localeOf } from '../../../i18n/language'
import { Alert } from '../../feedback/Alert'
import { Notice } from '../../feedback/Notice'

/** The server's limit for one file added to an answer. */
const MAX_BYTES = 20 * 1024 * 1024
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.zip,.docx,.xlsx,.odt,.ods,.csv,.txt,.json,.xml'

/**
 * Files staff add to the answer - copies from manual systems (issue 15, item 4). The completion letter's download
 * package carries them, and the letter lists them; while the request is open they can be taken out again.
 */
export function AnswerFilesSection({
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
  const { t, i18n } = useTranslation()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const input = useRef<HTMLInputElement>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('answer-file', { fields: ['file'] })
  const open =
    request.can.handle && !['completed', 'partially_refused', 'refused', 'closed'].includes(request.status)
  const files = request.attachments.filter((a) => a.kind === 'answer' && a.deletedAt === null)
  if (!canWrite && files.length === 0) return null
  const path = { slug, id: request.id }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(null)
    const file = input.current?.files?.[0]
    if (!file) return errors.invalid('file', t('requests.answerFiles.choose'))
    if (file.size > MAX_BYTES) return errors.invalid('file', t('requests.answerFiles.tooLarge'))
    const form = new FormData()
    form.append('file', file, file.name)
    void run(async () => {
      try {
        const added = await call(
          api.POST('/api/v1/orgs/{slug}/requests/{id}/answer-files', {
            params: { path },
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        )
        if (input.current) input.current.value = ''
        setDone(t('requests.answerFiles.added', { name: added.filename }))
        onChanged()
      } catch (error) {
        errors.fail(error)
      }
    })
  }
  const remove = (id: string, name: string) =>
    void run(async () => {
      errors.clear()
      try {
        await call(
          api.DELETE('/api/v1/orgs/{slug}/requests/{id}/answer-files/{attachmentId}', {
            params: { path: { ...path, attachmentId: id } },
          }),
        )
        setDone(t('requests.answerFiles.removed', { name }))
        onChanged()
      } catch (error) {
        errors.fail(error)
      }
    })

  return (
    <section className="card" aria-labelledby="answer-files-title" data-testid="answer-files">
      <h2 id="answer-files-title">{t('requests.answerFiles.title')}</h2>
      <p className="hint">{t('requests.answerFiles.intro')}</p>
      {files.length === 0 ? (
        <p>{t('requests.answerFiles.none')}</p>
      ) : (
        <ul className="plain-list attachment-list">
          {files.map((f) => (
            <li key={f.id} data-testid="answer-file">
              {f.filename} <span className="muted">({formatBytes(f.sizeBytes, locale)})</span>{' '}
              {open ? (
                <button
                  type="button"
                  className="button-link"
                  disabled={busy}
                  onClick={() => remove(f.id, f.filename)}
                  aria-label={t('requests.answerFiles.removeLabel', { name: f.filename })}
                >
                  {t('requests.answerFiles.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Notice>{done}</Notice>
      {open ? (
        <form onSubmit={submit} noValidate className="form" data-testid="answer-file-form">
          <Alert>{errors.message}</Alert>
          <div className="field">
            <label htmlFor="answer-file-file">{t('requests.answerFiles.file')}</label>
            <p className="hint" id="answer-file-file-hint">
              {t('requests.answerFiles.fileHint')}
            </p>
            <input
              ref={input}
              id="answer-file-file"
              type="file"
              accept={ACCEPT}
              aria-describedby={
                errors.fieldError('file')
                  ? 'answer-file-file-hint answer-file-file-error'
                  : 'answer-file-file-hint'
              }
              aria-invalid={errors.fieldError('file') ? true : undefined}
            />
            {errors.fieldError('file') ? (
              <p className="field-error" id="answer-file-file-error">
                {errors.fieldError('file')}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={busy} data-testid="answer-file-add">
              {t('requests.answerFiles.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
