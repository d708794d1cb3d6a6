import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { formatBytes, useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { isLanguage, localeOf } from '../../i18n/language'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { TextField } from '../form/TextField'

type Assessment =
  paths['/api/v1/orgs/{slug}/dpia/assessments/{activityKey}']['get']['responses'][200]['content']['application/json']
type Copy = Assessment['versions'][number]['signedCopies'][number]

/** The server's limit for a signed copy (the limit of every one-file upload). */
const MAX_BYTES = 20 * 1024 * 1024

/**
 * The signed copy of a decided version (issue 21 item 2, decision 0091): the current copy with who uploaded it,
 * when and its SHA-256, the copies it replaced, what Custos checked and what it did not, and the upload form for
 * those who may decide. A new upload replaces the current copy only by naming it; the earlier one stays listed.
 */
export function SignedCopies({
  slug,
  activityKey,
  version,
  copies,
  canAttach,
  onUploaded,
}: {
  slug: string
  activityKey: string
  version: number
  /** Newest first. */
  copies: readonly Copy[]
  canAttach: boolean
  onUploaded: () => void
}) {
  const { t, i18n } = useTranslation()
  const { date } = useDateFormat()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const current = copies.find((c) => c.replacedBy === null) ?? null
  const earlier = copies.filter((c) => c !== current)
  const formId = `signed-copy-${version}`
  const input = useRef<HTMLInputElement>(null)
  const [note, setNote] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors(formId, { fields: ['file', 'note', 'replaces'] })
  const href = (c: Copy) =>
    `/api/v1/orgs/${slug}/dpia/assessments/${encodeURIComponent(activityKey)}/signed-copies/${c.id}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(null)
    const file = input.current?.files?.[0]
    if (!file) return errors.invalid('file', t('dpia.signedCopy.choose'))
    if (file.size > MAX_BYTES) return errors.invalid('file', t('codes.fields.file_too_large'))
    const form = new FormData()
    // The fields go first: the server reads the fields that precede the file.
    if (current) form.append('replaces', current.id)
    if (note.trim()) form.append('note', note.trim())
    form.append('file', file, file.name)
    void run(async () => {
      try {
        const added = await call(
          api.POST('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/signed-copies', {
            params: { path: { slug, activityKey }, query: { version } },
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        )
        if (input.current) input.current.value = ''
        setNote('')
        setDone(t('dpia.signedCopy.added', { name: added.filename }))
        onUploaded()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  const line = (c: Copy) => (
    <>
      {t('dpia.signedCopy.uploaded', { name: c.uploadedBy, date: date(c.uploadedAt) })}{' '}
      <a href={href(c)} download={c.filename} data-testid={`signed-copy-link-${c.id}`}>
        {c.filename}
      </a>{' '}
      <span className="muted">({formatBytes(c.sizeBytes, locale)})</span>
      <br />
      <span className="hash">{t('dpia.signedCopy.hash', { sha256: c.sha256 })}</span>
      {c.note ? (
        <>
          <br />
          {t('dpia.signedCopy.note', { note: c.note })}
        </>
      ) : null}
    </>
  )

  return (
    <div className="signed-copies" data-testid={`signed-copies-${version}`}>
      {current ? (
        <p data-testid={`signed-copy-current-${version}`}>{line(current)}</p>
      ) : (
        <p className="muted">{t('dpia.signedCopy.none')}</p>
      )}
      {current ? <p className="hint">{t('dpia.signedCopy.checked')}</p> : null}
      {earlier.length > 0 ? (
        <details>
          <summary>{t('dpia.signedCopy.earlier', { count: earlier.length })}</summary>
          <ul className="plain-list">
            {earlier.map((c) => (
              <li key={c.id} data-testid="signed-copy-earlier">
                {line(c)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Notice>{done}</Notice>
      {canAttach ? (
        <form onSubmit={submit} noValidate className="form" data-testid={`signed-copy-form-${version}`}>
          <Alert>{errors.message}</Alert>
          <div className="field">
            <label htmlFor={`${formId}-file`}>
              {current
                ? t('dpia.signedCopy.replaceFile', { version })
                : t('dpia.signedCopy.file', { version })}
            </label>
            <p className="hint" id={`${formId}-file-hint`}>
              {current ? t('dpia.signedCopy.replaceHint') : t('dpia.signedCopy.fileHint')}
            </p>
            <input
              ref={input}
              id={`${formId}-file`}
              type="file"
              accept=".pdf,application/pdf"
              aria-describedby={
                errors.fieldError('file') ? `${formId}-file-hint ${formId}-file-error` : `${formId}-file-hint`
              }
              aria-invalid={errors.fieldError('file') ? true : undefined}
            />
            {errors.fieldError('file') ? (
              <p className="field-error" id={`${formId}-file-error`}>
                {errors.fieldError('file')}
              </p>
            ) : null}
          </div>
          <TextField
            id={`${formId}-note`}
            label={t('dpia.signedCopy.noteLabel')}
            hint={t('dpia.signedCopy.noteHint')}
            value={note}
            onChange={setNote}
            optional
            error={errors.fieldError('note') ?? errors.fieldError('replaces')}
          />
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={busy}>
              {current ? t('dpia.signedCopy.replace') : t('dpia.signedCopy.upload')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  )
}
