import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { listPageOf, type Segment } from '../../../app/registerRoutes'
import { registerHref } from '../../../app/routes'
import { TextField } from '../../form/TextField'
import { ErrorSummary } from '../form/ErrorSummary'
import { type PathErrors, usePathErrors } from '../form/usePathErrors'
import { cleanDraft, KEY_PATTERN, keyFromName } from '../localized'
import type { EntryOf } from '../types'
import { useEntrySave } from '../useEntrySave'

export interface FieldsProps<T> {
  draft: T
  change: (change: Partial<T>) => void
  errors: PathErrors
}

interface Props<S extends Segment> {
  slug: string
  segment: S
  /** The stored entry, or null for a new one. */
  existing: EntryOf[S] | null
  /** The starting point of a new entry. */
  empty: () => EntryOf[S]
  /** The name the key is suggested from while creating. */
  nameOf: (draft: EntryOf[S]) => string
  fields: (props: FieldsProps<EntryOf[S]>) => ReactNode
  /** Required fields checked before sending, as paths. */
  required: (draft: EntryOf[S]) => string[]
  readOnly: boolean
  onSaved: (changed: boolean) => void
  /** Created in place (a dialog of another form): the new entry's key, and a way back instead of the list link. */
  onCreated?: (key: string) => void
  onCancel?: () => void
}

/** The form around one register entry: key (while creating), the kind's fields, errors and the save button. */
export function EntryForm<S extends Segment>(props: Props<S>) {
  const { t } = useTranslation()
  const { slug, segment, existing, readOnly } = props
  const [draft, setDraft] = useState<EntryOf[S]>(() => existing ?? props.empty())
  const [keyEdited, setKeyEdited] = useState(() => existing !== null || draft.key !== '')
  const errors = usePathErrors(`entry-${segment}`)
  const { busy, save } = useEntrySave(
    slug,
    segment,
    existing?.key ?? null,
    errors,
    props.onSaved,
    props.onCreated,
  )
  const isNew = existing === null

  const change = (next: Partial<EntryOf[S]>) =>
    setDraft((d) => {
      const updated = { ...d, ...next }
      return keyEdited ? updated : { ...updated, key: keyFromName(props.nameOf(updated)) }
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problems = props.required(draft).map((path) => ({ path, message: t('errors.required') }))
    if (isNew && !KEY_PATTERN.test(draft.key))
      problems.push({ path: 'key', message: t('register.form.keyInvalid') })
    else if (isNew && draft.key === 'new')
      problems.push({ path: 'key', message: t('register.form.keyReserved') })
    if (problems.length > 0) return errors.invalid(problems)
    void save(cleanDraft(draft))
  }

  const fields = props.fields({ draft, change, errors })
  if (readOnly) {
    return (
      <div className="form form-wide">
        <p className="alert alert-info">{t('register.form.readOnly')}</p>
        <fieldset disabled className="plain-fieldset">
          <legend className="visually-hidden">{t('register.form.readOnly')}</legend>
          {fields}
        </fieldset>
      </div>
    )
  }
  return (
    <form onSubmit={submit} noValidate className="form form-wide" data-testid={`entry-form-${segment}`}>
      <ErrorSummary errors={errors} />
      {fields}
      {isNew ? (
        <TextField
          id={errors.idOf('key')}
          label={t('register.fields.key')}
          hint={t('register.form.keyHint')}
          value={draft.key}
          onChange={(key) => {
            setKeyEdited(true)
            setDraft((d) => ({ ...d, key }))
          }}
          error={errors.fieldError('key')}
          className="field-medium"
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          testId="entry-key"
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="entry-save">
          {busy ? t('common.saving') : isNew ? t('register.form.add') : t('common.save')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : (
          <a href={registerHref(slug, { view: listPageOf(segment) })}>{t('register.form.backToList')}</a>
        )}
      </div>
    </form>
  )
}
