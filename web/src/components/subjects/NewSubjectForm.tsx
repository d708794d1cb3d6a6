import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  IDENTITY_KINDS,
  type IdentityKind,
  LANGUAGES,
  type Language,
  type NewSubject,
  type Subject,
} from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import { ProblemAlert } from '../requests/ProblemAlert'
import { createSubject } from './subjectApi'

interface IdentityDraft {
  key: number
  kind: IdentityKind
  value: string
  systemKey: string
}

const NEEDS_SYSTEM: readonly IdentityKind[] = ['customer_number', 'file_number']

/** Adds a person to the subject index with identities and, optionally, one relationship. */
export function NewSubjectForm({ slug, onCreated }: { slug: string; onCreated: (subject: Subject) => void }) {
  const { t } = useTranslation()
  const nextKey = useRef(2)
  const [name, setName] = useState('')
  const [language, setLanguage] = useState<Language | ''>('')
  const [identities, setIdentities] = useState<IdentityDraft[]>([
    { key: 1, kind: 'email', value: '', systemKey: '' },
  ])
  const [relationship, setRelationship] = useState('')
  const [startedOn, setStartedOn] = useState('')
  const [missing, setMissing] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const update = (key: number, patch: Partial<IdentityDraft>) =>
    setIdentities(identities.map((i) => (i.key === key ? { ...i, ...patch } : i)))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!name.trim()) {
      setMissing(true)
      document.getElementById('subject-name')?.focus()
      return
    }
    setMissing(false)
    const body: NewSubject = {
      name: name.trim(),
      ...(language ? { language } : {}),
      identities: identities
        .filter((i) => i.value.trim())
        .map((i) => ({
          kind: i.kind,
          value: i.value.trim(),
          ...(NEEDS_SYSTEM.includes(i.kind) && i.systemKey.trim() ? { systemKey: i.systemKey.trim() } : {}),
        })),
      relationships: relationship.trim()
        ? [{ relationship: relationship.trim(), ...(startedOn ? { startedOn } : {}) }]
        : [],
      events: [],
    }
    void run(async () => {
      try {
        onCreated(await createSubject(slug, body))
      } catch (failure) {
        setError(failure)
        document.getElementById('subject-form-problem')?.focus()
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form form-wide" data-testid="subject-form">
      <div id="subject-form-problem" tabIndex={-1}>
        <ProblemAlert error={error} />
      </div>
      <div className="form-grid">
        <TextField
          id="subject-name"
          testId="subject-name"
          label={t('subjects.form.name')}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={missing ? t('errors.required') : undefined}
        />
        <SelectField
          id="subject-language"
          label={t('subjects.form.language')}
          value={language}
          onChange={(v) => setLanguage(LANGUAGES.find((l) => l === v) ?? '')}
        >
          <option value="">{t('subjects.unknownLanguage')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="fieldset section">
        <legend>{t('subjects.form.identities')}</legend>
        <div className="rows">
          {identities.map((identity, index) => {
            const id = `subject-identity-${identity.key}`
            const legend = t('subjects.form.identity', { n: index + 1 })
            return (
              <fieldset key={identity.key} className="row" data-testid="subject-identity-row">
                <legend>{legend}</legend>
                <div className="form-grid">
                  <SelectField
                    id={`${id}-kind`}
                    testId={`${id}-kind`}
                    label={t('subjects.form.kind')}
                    value={identity.kind}
                    onChange={(v) =>
                      update(identity.key, { kind: IDENTITY_KINDS.find((k) => k === v) ?? 'other' })
                    }
                  >
                    {IDENTITY_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`subjects.kinds.${k}`)}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    id={`${id}-value`}
                    testId={`${id}-value`}
                    label={t('subjects.form.value')}
                    maxLength={320}
                    autoComplete="off"
                    value={identity.value}
                    onChange={(value) => update(identity.key, { value })}
                  />
                  {NEEDS_SYSTEM.includes(identity.kind) ? (
                    <TextField
                      id={`${id}-system`}
                      label={t('subjects.form.systemKey')}
                      hint={t('subjects.form.systemKeyHint')}
                      maxLength={80}
                      value={identity.systemKey}
                      onChange={(systemKey) => update(identity.key, { systemKey })}
                    />
                  ) : null}
                </div>
                {identities.length > 1 ? (
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button-danger-quiet"
                      aria-label={`${t('subjects.form.removeIdentity')}: ${legend}`}
                      onClick={() => setIdentities(identities.filter((i) => i.key !== identity.key))}
                    >
                      {t('subjects.form.removeIdentity')}
                    </button>
                  </div>
                ) : null}
              </fieldset>
            )
          })}
        </div>
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              setIdentities([
                ...identities,
                { key: nextKey.current++, kind: 'phone', value: '', systemKey: '' },
              ])
            }
          >
            {t('subjects.form.addIdentity')}
          </button>
        </p>
      </fieldset>
      <fieldset className="fieldset section">
        <legend>{t('subjects.form.relationship')}</legend>
        <div className="form-grid">
          <TextField
            id="subject-relationship"
            label={t('subjects.form.relationshipKey')}
            hint={t('subjects.form.relationshipHint')}
            optional
            maxLength={80}
            value={relationship}
            onChange={setRelationship}
          />
          <TextField
            id="subject-startedOn"
            type="date"
            label={t('subjects.form.startedOn')}
            optional
            value={startedOn}
            onChange={setStartedOn}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="subject-submit">
          {busy ? t('common.saving') : t('subjects.form.submit')}
        </button>
      </div>
    </form>
  )
}
