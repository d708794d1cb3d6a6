import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { ageOf, type ChildConsent, ChildConsentFields, NO_CHILD_CONSENT } from './ChildConsentFields'
import { IDENTITY_KINDS, type IdentityKind, NEEDS_SYSTEM, personOf } from './ProofLookup'

/** The channels a member records by hand; the others are the apps', the banner's and Custos's own. */
const CHANNELS = ['paper', 'phone', 'email', 'web_form'] as const
type Channel = (typeof CHANNELS)[number]
const STATES = ['given', 'refused', 'withdrawn'] as const
type State = (typeof STATES)[number]
const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const
type ConsentLanguage = (typeof LANGUAGES)[number]
const FIELDS = [
  'identity',
  'purpose',
  'state',
  'channel',
  'language',
  'text',
  'occurredAt',
  'expiresAt',
  'evidence',
  'source',
  'age',
]

/** 'YYYY-MM-DDTHH:mm' of now in the browser's time, what a datetime-local input shows. */
function localNow(): string {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

/**
 * Records a consent given, refused or withdrawn outside the organisation's systems (a paper form, a call, an
 * e-mail): the member who records it is the record's author, the reference says where the original is kept.
 */
export function RecordConsentForm({
  slug,
  purposes,
  defaultLanguage,
  onRecorded,
}: {
  slug: string
  purposes: { key: string; label: string; offeredToChildren: boolean }[]
  defaultLanguage: string
  onRecorded: (seq: number) => void
}) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<IdentityKind>('email')
  const [value, setValue] = useState('')
  const [systemKey, setSystemKey] = useState('')
  const [purpose, setPurpose] = useState(purposes[0]?.key ?? '')
  const [state, setState] = useState<State>('given')
  const [channel, setChannel] = useState<Channel>('paper')
  const [language, setLanguage] = useState<ConsentLanguage>(
    (LANGUAGES as readonly string[]).includes(defaultLanguage) ? (defaultLanguage as ConsentLanguage) : 'nl',
  )
  const [text, setText] = useState('')
  const [occurredAt, setOccurredAt] = useState(localNow)
  const [expiresAt, setExpiresAt] = useState('')
  const [reference, setReference] = useState('')
  const [source, setSource] = useState('')
  const [child, setChild] = useState<ChildConsent>(NO_CHILD_CONSENT)
  const askAge = state === 'given' && purposes.find((p) => p.key === purpose)?.offeredToChildren === true
  const [busy, run] = useBusy()
  const errors = useFormErrors('record', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!value.trim()) return errors.invalid('identity', t('errors.required'))
    if (!text.trim()) return errors.invalid('text', t('errors.required'))
    if (!occurredAt) return errors.invalid('occurredAt', t('errors.required'))
    const ref = reference.trim()
    void run(async () => {
      try {
        const recorded = await call(
          api.POST('/api/v1/orgs/{slug}/consent/events', {
            params: { path: { slug } },
            body: {
              ...personOf(kind, value.trim(), systemKey.trim()),
              purpose,
              state,
              text: text.trim(),
              language,
              channel,
              method: state === 'given' ? 'accept' : 'reject',
              occurredAt: new Date(occurredAt).toISOString(),
              ...(state === 'given' && expiresAt
                ? { expiresAt: new Date(`${expiresAt}T23:59:59`).toISOString() }
                : {}),
              ...(ref
                ? { evidence: channel === 'phone' ? { callReference: ref } : { documentReference: ref } }
                : {}),
              ...(source.trim() ? { source: source.trim() } : {}),
              ...(askAge ? ageOf(child) : {}),
            },
          }),
        )
        setValue('')
        setReference('')
        setChild(NO_CHILD_CONSENT)
        setOccurredAt(localNow())
        onRecorded(recorded.seq)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="record-title">
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <SelectField
          id="record-kind"
          label={t('consent.records.identityKind')}
          value={kind}
          onChange={(v) => setKind(v as IdentityKind)}
        >
          {IDENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`subjects.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="record-identity"
          label={t(`subjects.kinds.${kind}`)}
          required
          maxLength={254}
          autoComplete="off"
          value={value}
          onChange={setValue}
          error={errors.fieldError('identity')}
        />
        {NEEDS_SYSTEM.includes(kind) ? (
          <TextField
            id="record-systemKey"
            label={t('consent.records.systemKey')}
            maxLength={80}
            autoComplete="off"
            value={systemKey}
            onChange={setSystemKey}
          />
        ) : null}
        <SelectField
          id="record-purpose"
          label={t('consent.records.purpose')}
          value={purpose}
          onChange={setPurpose}
          error={errors.fieldError('purpose')}
        >
          {purposes.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="record-state"
          label={t('consent.records.state')}
          value={state}
          onChange={(v) => setState(v as State)}
          error={errors.fieldError('state')}
        >
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`consent.records.states.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="record-channel"
          label={t('consent.records.channel')}
          value={channel}
          onChange={(v) => setChannel(v as Channel)}
          error={errors.fieldError('channel')}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`consent.records.channels.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="record-language"
          label={t('consent.records.language')}
          value={language}
          onChange={(v) => setLanguage(v as ConsentLanguage)}
          error={errors.fieldError('language')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`consent.records.languages.${l}`)}
            </option>
          ))}
        </SelectField>
        <div className="field field-wide">
          <label htmlFor="record-text">{t('consent.records.text')}</label>
          <p id="record-text-hint" className="hint">
            {t('consent.records.textHint')}
          </p>
          <textarea
            id="record-text"
            rows={3}
            maxLength={20_000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={errors.fieldError('text') ? true : undefined}
            aria-describedby={
              errors.fieldError('text') ? 'record-text-hint record-text-error' : 'record-text-hint'
            }
          />
          {errors.fieldError('text') ? (
            <p id="record-text-error" className="field-error" role="alert">
              {errors.fieldError('text')}
            </p>
          ) : null}
        </div>
        <TextField
          id="record-occurredAt"
          type="datetime-local"
          label={t('consent.records.occurredAt')}
          required
          value={occurredAt}
          onChange={setOccurredAt}
          error={errors.fieldError('occurredAt')}
        />
        {state === 'given' ? (
          <TextField
            id="record-expiresAt"
            type="date"
            label={t('consent.records.expiresAt')}
            hint={t('consent.records.expiresHint')}
            optional
            value={expiresAt}
            onChange={setExpiresAt}
            error={errors.fieldError('expiresAt')}
          />
        ) : null}
        <TextField
          id="record-evidence"
          label={t('consent.records.reference')}
          hint={
            channel === 'phone'
              ? t('consent.records.referenceHintPhone')
              : t('consent.records.referenceHintPaper')
          }
          optional
          maxLength={200}
          autoComplete="off"
          value={reference}
          onChange={setReference}
          error={errors.fieldError('evidence')}
        />
        {askAge ? (
          <ChildConsentFields value={child} onChange={setChild} error={errors.fieldError('age')} />
        ) : null}
        <TextField
          id="record-source"
          label={t('consent.records.source')}
          optional
          maxLength={100}
          autoComplete="off"
          value={source}
          onChange={setSource}
          error={errors.fieldError('source')}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy || purposes.length === 0}
          data-testid="consent-record"
        >
          {t('consent.records.record')}
        </button>
      </div>
    </form>
  )
}
