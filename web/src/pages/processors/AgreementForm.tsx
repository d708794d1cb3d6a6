import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { CheckboxField } from '../../components/form/CheckboxField'
import { TextField } from '../../components/form/TextField'
import { type Agreement, CLAUSE_LETTERS } from './types'

type Letter = (typeof CLAUSE_LETTERS)[number]
type Clauses = Partial<Record<Letter, { present: boolean; location?: string }>>

/** The server's limit for an agreement's document, and what it accepts (checked there by content too). */
const MAX_BYTES = 5 * 1024 * 1024
const ACCEPT = '.pdf,.docx,.odt,.jpg,.jpeg,.png,.zip,.txt'

const orNull = (value: string) => (value.trim() ? value.trim() : null)
const byLetter = <T,>(value: (l: Letter) => T) =>
  Object.fromEntries(CLAUSE_LETTERS.map((l) => [l, value(l)])) as Record<Letter, T>

/**
 * A processing agreement with a vendor (as controller): dates, notice period, the Art. 28(3) a-h checklist with
 * where each point is, and the signed document. Without `agreement` it records a new one; with it, it changes it
 * (a new file replaces the stored document).
 */
export function AgreementForm({
  slug,
  vendorKey,
  agreement,
  onSaved,
}: {
  slug: string
  vendorKey: string
  agreement?: Agreement
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  const id = agreement ? `agreement-edit-${agreement.id}` : `agreement-${vendorKey}`
  const [title, setTitle] = useState(agreement?.title ?? '')
  const [version, setVersion] = useState(agreement?.version ?? '')
  const [signedOn, setSignedOn] = useState(agreement?.signedOn ?? '')
  const [startsOn, setStartsOn] = useState(agreement?.startsOn ?? '')
  const [endsOn, setEndsOn] = useState(agreement?.endsOn ?? '')
  const [noticeDays, setNoticeDays] = useState(
    agreement?.noticeDays === null || agreement?.noticeDays === undefined ? '' : String(agreement.noticeDays),
  )
  const [present, setPresent] = useState(byLetter((l) => agreement?.clauses[l]?.present ?? false))
  const [locations, setLocations] = useState(byLetter((l) => agreement?.clauses[l]?.location ?? ''))
  const file = useRef<HTMLInputElement>(null)
  /**
   * A new agreement that was recorded while its document was refused: the form goes on as that agreement's edit
   * form, so sending it again changes it and never records it twice.
   */
  const [recorded, setRecorded] = useState<{ id: string; title: string } | null>(null)
  const editing = agreement ?? recorded
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, {
    fields: ['title', 'version', 'signedOn', 'startsOn', 'endsOn', 'noticeDays', 'file'],
  })
  const f = 'processorForms.agreements'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!title.trim()) return errors.invalid('title', t('errors.required'))
    const chosen = file.current?.files?.[0]
    if (chosen && chosen.size > MAX_BYTES) return errors.invalid('file', t(`${f}.tooLarge`))
    const clauses: Clauses = {}
    for (const l of CLAUSE_LETTERS)
      clauses[l] = { present: present[l], ...(locations[l].trim() ? { location: locations[l].trim() } : {}) }
    const body = {
      title: title.trim(),
      version: version.trim(),
      signedOn: orNull(signedOn),
      startsOn: orNull(startsOn),
      endsOn: orNull(endsOn),
      noticeDays: noticeDays.trim() ? Number(noticeDays) : null,
      clauses,
    }
    void run(async () => {
      try {
        const saved = editing
          ? await call(
              api.PATCH('/api/v1/orgs/{slug}/processors/agreements/{id}', {
                params: { path: { slug, id: editing.id } },
                body,
              }),
            )
          : await call(
              api.POST('/api/v1/orgs/{slug}/processors/vendors/{key}/agreements', {
                params: { path: { slug, key: vendorKey } },
                body,
              }),
            )
        if (chosen) {
          const form = new FormData()
          form.append('file', chosen, chosen.name)
          try {
            await call(
              api.PUT('/api/v1/orgs/{slug}/processors/agreements/{id}/document', {
                params: { path: { slug, id: saved.id } },
                body: form as never,
                bodySerializer: (b: unknown) => b as FormData,
              }),
            )
          } catch (refused) {
            if (!editing) {
              setRecorded({ id: saved.id, title: saved.title })
              onSaved(t(`${f}.savedDocumentRefused`, { title: saved.title }))
            }
            throw refused
          }
        }
        if (!agreement) {
          setTitle('')
          setVersion('')
          setRecorded(null)
          if (file.current) file.current.value = ''
        }
        onSaved(t(editing ? `${f}.updated` : `${f}.saved`))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  const fileError = errors.fieldError('file')
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{editing ? t(`${f}.edit`, { title: editing.title }) : t(`${f}.add`)}</h4>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id={`${id}-title-field`}
          label={t(`${f}.titleField`)}
          required
          maxLength={200}
          value={title}
          onChange={setTitle}
          error={errors.fieldError('title')}
        />
        <TextField
          id={`${id}-version`}
          label={t(`${f}.version`)}
          optional
          maxLength={50}
          value={version}
          onChange={setVersion}
          error={errors.fieldError('version')}
        />
        <TextField
          id={`${id}-signedOn`}
          type="date"
          label={t(`${f}.signedOn`)}
          optional
          value={signedOn}
          onChange={setSignedOn}
          error={errors.fieldError('signedOn')}
        />
        <TextField
          id={`${id}-startsOn`}
          type="date"
          label={t(`${f}.startsOn`)}
          optional
          value={startsOn}
          onChange={setStartsOn}
          error={errors.fieldError('startsOn')}
        />
        <TextField
          id={`${id}-endsOn`}
          type="date"
          label={t(`${f}.endsOn`)}
          hint={t(`${f}.endsOnHint`)}
          optional
          value={endsOn}
          onChange={setEndsOn}
          error={errors.fieldError('endsOn')}
        />
        <TextField
          id={`${id}-noticeDays`}
          type="number"
          min={0}
          max={3650}
          label={t(`${f}.noticeDays`)}
          optional
          value={noticeDays}
          onChange={setNoticeDays}
          error={errors.fieldError('noticeDays')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t(`${f}.document`)}</label>
        <p className="hint" id={`${id}-file-hint`}>
          {agreement?.document
            ? t(`${f}.documentReplace`, { name: agreement.document.filename })
            : t(`${f}.documentHint`)}
        </p>
        <input
          ref={file}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          aria-describedby={fileError ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
          aria-invalid={fileError ? true : undefined}
        />
        {fileError ? (
          <p className="field-error" id={`${id}-file-error`}>
            {fileError}
          </p>
        ) : null}
      </div>
      <fieldset className="checklist">
        <legend>{t(`${f}.checklist`)}</legend>
        {CLAUSE_LETTERS.map((l) => (
          <div key={l} className="form-grid">
            <CheckboxField
              id={`${id}-clause-${l}`}
              label={t(`${f}.points.${l}`)}
              checked={present[l]}
              onChange={(v) => setPresent((p) => ({ ...p, [l]: v }))}
            />
            <TextField
              id={`${id}-location-${l}`}
              label={`${t(`${f}.location`)} - ${l}`}
              optional
              maxLength={200}
              value={locations[l]}
              onChange={(v) => setLocations((p) => ({ ...p, [l]: v }))}
            />
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {editing ? t(`${f}.update`) : t(`${f}.submit`)}
        </button>
      </p>
    </form>
  )
}
