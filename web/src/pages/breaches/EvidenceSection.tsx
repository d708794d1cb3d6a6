import { type FormEvent, useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { formatBytes, useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useResource } from '../../app/useResource'
import { Alert } from '../../components/feedback/Alert'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { TextField } from '../../components/form/TextField'
import { isLanguage, localeOf } from '../../i18n/language'
import type { BreachAnswer } from './breachFacts'

/** The server's limit for one evidence file (the same checks as a request's answer files). */
const MAX_BYTES = 20 * 1024 * 1024
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.zip,.docx,.xlsx,.odt,.ods,.csv,.txt,.json,.xml'

/**
 * Evidence of the breach (issue 19, item 1): screenshots, logs, the attacker's message, a forensic report. Stored
 * encrypted; everyone who reads the register sees the list, those who decide on the breach add and open the files
 * (every download is in the audit log).
 */
export function EvidenceSection({ slug, breach: b }: { slug: string; breach: BreachAnswer }) {
  const { t, i18n } = useTranslation()
  const { dateTime } = useDateFormat()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const path = { slug, id: b.id }
  const load = useCallback(
    () =>
      call(api.GET('/api/v1/orgs/{slug}/breaches/{id}/evidence', { params: { path: { slug, id: b.id } } })),
    [slug, b.id],
  )
  const resource = useResource(load)
  const input = useRef<HTMLInputElement>(null)
  const [description, setDescription] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('evidence', { fields: ['file', 'description'] })
  const canAdd = b.can.evidence && b.status === 'open'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(null)
    const file = input.current?.files?.[0]
    if (!file) return errors.invalid('file', t('breaches.evidence.choose'))
    if (file.size > MAX_BYTES) return errors.invalid('file', t('breaches.evidence.tooLarge'))
    const form = new FormData()
    // The description goes first: the server reads the fields that precede the file.
    if (description.trim()) form.append('description', description.trim())
    form.append('file', file, file.name)
    void run(async () => {
      try {
        const added = await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/evidence', {
            params: { path },
            body: form as never,
            bodySerializer: (body: unknown) => body as FormData,
          }),
        )
        if (input.current) input.current.value = ''
        setDescription('')
        setDone(t('breaches.evidence.added', { name: added.filename }))
        resource.reload()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <section className="card" aria-labelledby="breach-evidence" data-testid="breach-evidence">
      <h2 id="breach-evidence">{t('breaches.evidence.title')}</h2>
      <p className="hint">{t('breaches.evidence.intro')}</p>
      <ResourceView resource={resource}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('breaches.evidence.none')}</p>
          ) : (
            <ul className="plain-list attachment-list">
              {items.map((f) => (
                <li key={f.id} data-testid="breach-evidence-file">
                  {b.can.evidence ? (
                    <a href={`/api/v1/orgs/${slug}/breaches/${b.id}/evidence/${f.id}`} download={f.filename}>
                      {f.filename}
                    </a>
                  ) : (
                    f.filename
                  )}{' '}
                  <span className="muted">
                    ({formatBytes(f.sizeBytes, locale)};{' '}
                    {t('breaches.evidence.addedBy', { name: f.uploadedBy, at: dateTime(f.uploadedAt) })})
                  </span>
                  {f.description ? <div>{f.description}</div> : null}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <Notice>{done}</Notice>
      {canAdd ? (
        <form onSubmit={submit} noValidate className="form" data-testid="breach-evidence-form">
          <Alert>{errors.message}</Alert>
          <TextField
            id="evidence-description"
            label={t('breaches.evidence.description')}
            hint={t('breaches.evidence.descriptionHint')}
            value={description}
            onChange={setDescription}
            optional
            error={errors.fieldError('description')}
          />
          <div className="field">
            <label htmlFor="evidence-file">{t('breaches.evidence.file')}</label>
            <p className="hint" id="evidence-file-hint">
              {t('breaches.evidence.fileHint')}
            </p>
            <input
              ref={input}
              id="evidence-file"
              type="file"
              accept={ACCEPT}
              aria-describedby={
                errors.fieldError('file') ? 'evidence-file-hint evidence-file-error' : 'evidence-file-hint'
              }
              aria-invalid={errors.fieldError('file') ? true : undefined}
            />
            {errors.fieldError('file') ? (
              <p className="field-error" id="evidence-file-error">
                {errors.fieldError('file')}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            <button type="submit" className="button-secondary" disabled={busy}>
              {t('breaches.evidence.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
