import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { paths } from '../../api/schema'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { CheckboxField } from '../../components/form/CheckboxField'
import { RadioGroup } from '../../components/form/RadioGroup'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import type { Lookup } from '../../components/register/lookup'
import type { RegisterDocument } from '../../components/register/types'
import { ClientPicker } from './ClientPicker'

const LANGUAGE_NAMES = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const

/** One breach as the API answers it. */
export type BreachAnswer =
  paths['/api/v1/orgs/{slug}/breaches/{id}']['get']['responses'][200]['content']['application/json']
/** A breach as a change answers it (without what the caller may do, which the change does not alter). */
export type BreachChange = Omit<BreachAnswer, 'can'>
/** The facts as the breach answer gives them (every default filled in). */
export type BreachFactsOut = BreachAnswer['facts']

export const NATURES = ['confidentiality', 'integrity', 'availability'] as const
export const ORIGINS = [
  'lost_or_stolen_device',
  'lost_or_stolen_paper',
  'hacking',
  'ransomware',
  'phishing',
  'wrong_recipient',
  'internal_misuse',
  'accidental_disclosure',
  'improper_disposal',
  'system_error',
  'other',
] as const
export const CAUSES = [
  'unknown',
  'internal_accidental',
  'internal_malicious',
  'external_accidental',
  'external_malicious',
] as const

/** The value of a datetime-local input for an instant, in the browser's time zone, e.g. 2026-12-04T23:30. */
export function localInput(iso?: string): string {
  const d = iso ? new Date(iso) : new Date()
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset())
  return d.toISOString().slice(0, 16)
}
const instant = (local: string) => new Date(local).toISOString()

const TEXTS = [
  'title',
  'discoveryMethod',
  'description',
  'originDetails',
  'encryptionDetails',
  'consequences',
  'measuresTaken',
  'measuresProposed',
  'adviceToSubjects',
] as const
type TextKey = (typeof TEXTS)[number]

function initialState(facts: BreachFactsOut | undefined) {
  const text = Object.fromEntries(TEXTS.map((k) => [k, facts?.[k] ?? ''])) as Record<TextKey, string>
  return {
    ...text,
    role: facts?.role ?? 'controller',
    discoveredAt: localInput(facts?.discoveredAt),
    awareAt: localInput(facts?.awareAt),
    occurredFrom: facts?.occurredFrom ? localInput(facts.occurredFrom) : '',
    occurredUntil: facts?.occurredUntil ? localInput(facts.occurredUntil) : '',
    ongoing: facts?.ongoing ?? false,
    nature: facts?.nature ?? ['confidentiality'],
    origin: facts?.origin ?? 'other',
    cause: facts?.cause ?? 'unknown',
    systems: facts?.systems ?? [],
    activities: facts?.activities ?? [],
    peopleApprox: facts?.peopleApprox?.toString() ?? '',
    recordsApprox: facts?.recordsApprox?.toString() ?? '',
    encrypted: facts?.encrypted ?? false,
    otherMemberStates: (facts?.otherMemberStates ?? []).join(', '),
    controllerNoticeHours: String(facts?.controllerNoticeHours ?? 24),
    controllers: (facts?.controllers ?? []).map((c) => ({
      clientId: c.clientId ?? '',
      name: c.name,
      email: c.email ?? '',
      language: c.language ?? '',
    })),
  }
}
type FormState = ReturnType<typeof initialState>

/** The request body for the facts as entered: empty optional texts and numbers are left out. */
function bodyOf(f: FormState) {
  const texts = Object.fromEntries(TEXTS.filter((k) => f[k].trim() !== '').map((k) => [k, f[k].trim()]))
  return {
    ...texts,
    title: f.title,
    description: f.description,
    role: f.role,
    discoveredAt: instant(f.discoveredAt),
    awareAt: instant(f.awareAt),
    ...(f.occurredFrom ? { occurredFrom: instant(f.occurredFrom) } : {}),
    ...(f.occurredUntil ? { occurredUntil: instant(f.occurredUntil) } : {}),
    ongoing: f.ongoing,
    nature: f.nature,
    origin: f.origin,
    cause: f.cause,
    systems: f.systems,
    activities: f.activities,
    ...(f.peopleApprox !== '' ? { peopleApprox: Number(f.peopleApprox) } : {}),
    ...(f.recordsApprox !== '' ? { recordsApprox: Number(f.recordsApprox) } : {}),
    encrypted: f.encrypted,
    otherMemberStates: f.otherMemberStates
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    ...(f.role === 'processor'
      ? {
          controllerNoticeHours: Number(f.controllerNoticeHours),
          controllers: f.controllers
            .filter((c) => c.name.trim() !== '')
            .map((c) => ({
              ...(c.clientId ? { clientId: c.clientId } : {}),
              name: c.name.trim(),
              ...(c.email.trim() ? { email: c.email.trim() } : {}),
              ...(c.language ? { language: c.language as 'nl' | 'fr' | 'en' } : {}),
            })),
        }
      : {}),
  }
}
export type BreachBody = ReturnType<typeof bodyOf>

/**
 * The facts of a breach (item 1 of the record): when and how it was found, the awareness that starts the clock,
 * what happened, the systems and activities of the register concerned (which fill in the data and people
 * concerned, processors and transfers), numbers, encryption, consequences and measures; for a processor, the
 * clients to inform. Used to record a breach and to change its facts.
 */
export function BreachForm({
  slug,
  idPrefix,
  heading,
  submitLabel,
  facts,
  register,
  lookup,
  onSubmit,
  onCancel,
}: {
  slug: string
  idPrefix: string
  heading: string
  submitLabel: string
  facts?: BreachFactsOut
  register: RegisterDocument
  lookup: Lookup
  onSubmit: (body: BreachBody) => Promise<void>
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const [form, setForm] = useState(() => initialState(facts))
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const set =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }))
  const toggle = (key: 'systems' | 'activities' | 'nature', value: string) => (on: boolean) =>
    setForm((f) => {
      const list = f[key] as string[]
      return { ...f, [key]: on ? [...list, value] : list.filter((x) => x !== value) }
    })
  const id = (name: string) => `${idPrefix}-${name}`
  const setClient = (index: number, change: Partial<FormState['controllers'][number]>) =>
    set('controllers')(form.controllers.map((c, i) => (i === index ? { ...c, ...change } : c)))

  async function submit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    setBusy(true)
    try {
      await onSubmit(bodyOf(form))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} className="card" aria-labelledby={id('heading')} noValidate>
      <h2 id={id('heading')}>{heading}</h2>
      <TextField
        id={id('title')}
        label={t('breaches.titleField')}
        value={form.title}
        onChange={set('title')}
        required
      />
      <RadioGroup
        id={id('role')}
        legend={t('breaches.form.role')}
        value={form.role}
        onChange={set('role')}
        options={[
          { value: 'controller', label: t('breaches.form.roles.controller') },
          { value: 'processor', label: t('breaches.form.roles.processor') },
        ]}
      />
      <fieldset>
        <legend>{t('breaches.form.when')}</legend>
        <TextField
          id={id('discovered')}
          type="datetime-local"
          label={t('breaches.discoveredAt')}
          value={form.discoveredAt}
          onChange={set('discoveredAt')}
        />
        <TextAreaField
          id={id('discovery-method')}
          label={t('breaches.form.discoveryMethod')}
          value={form.discoveryMethod}
          onChange={set('discoveryMethod')}
          optional
        />
        <TextField
          id={id('aware')}
          type="datetime-local"
          label={t('breaches.awareAt')}
          hint={t('breaches.awareHint')}
          value={form.awareAt}
          onChange={set('awareAt')}
        />
        <TextField
          id={id('from')}
          type="datetime-local"
          label={t('breaches.form.occurredFrom')}
          value={form.occurredFrom}
          onChange={set('occurredFrom')}
          optional
        />
        <TextField
          id={id('until')}
          type="datetime-local"
          label={t('breaches.form.occurredUntil')}
          value={form.occurredUntil}
          onChange={set('occurredUntil')}
          optional
        />
        <CheckboxField
          id={id('ongoing')}
          label={t('breaches.form.ongoing')}
          checked={form.ongoing}
          onChange={set('ongoing')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('breaches.form.what')}</legend>
        <TextAreaField
          id={id('description')}
          label={t('breaches.description')}
          value={form.description}
          onChange={set('description')}
        />
        <fieldset>
          <legend>{t('breaches.nature')}</legend>
          {NATURES.map((n) => (
            <CheckboxField
              key={n}
              id={id(`nature-${n}`)}
              label={t(`breaches.natures.${n}`)}
              description={t(`breaches.form.natureHelp.${n}`)}
              checked={form.nature.includes(n)}
              onChange={toggle('nature', n)}
            />
          ))}
        </fieldset>
        <SelectField
          id={id('origin')}
          label={t('breaches.origin')}
          value={form.origin}
          onChange={(v) => set('origin')(v as FormState['origin'])}
        >
          {ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(`breaches.origins.${o}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={id('origin-details')}
          label={t('breaches.form.originDetails')}
          value={form.originDetails}
          onChange={set('originDetails')}
          optional
        />
        <SelectField
          id={id('cause')}
          label={t('breaches.cause')}
          value={form.cause}
          onChange={(v) => set('cause')(v as FormState['cause'])}
        >
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {t(`breaches.causes.${c}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>{t('breaches.form.scope')}</legend>
        <p className="hint">{t('breaches.form.scopeHint')}</p>
        {register.systems.length === 0 && register.activities.length === 0 ? (
          <p>{t('breaches.form.registerEmpty')}</p>
        ) : null}
        {register.systems.length > 0 ? (
          <fieldset>
            <legend>{t('breaches.form.systems')}</legend>
            {register.systems.map((s) => (
              <CheckboxField
                key={s.key}
                id={id(`system-${s.key}`)}
                label={lookup.nameOf.system(s.key)}
                checked={form.systems.includes(s.key)}
                onChange={toggle('systems', s.key)}
              />
            ))}
          </fieldset>
        ) : null}
        {register.activities.length > 0 ? (
          <fieldset>
            <legend>{t('breaches.form.activities')}</legend>
            {register.activities.map((a) => (
              <CheckboxField
                key={a.key}
                id={id(`activity-${a.key}`)}
                label={lookup.nameOf.activity(a.key)}
                checked={form.activities.includes(a.key)}
                onChange={toggle('activities', a.key)}
              />
            ))}
          </fieldset>
        ) : null}
        <TextField
          id={id('people')}
          type="number"
          min={0}
          label={t('breaches.peopleApprox')}
          value={form.peopleApprox}
          onChange={set('peopleApprox')}
          optional
        />
        <TextField
          id={id('records')}
          type="number"
          min={0}
          label={t('breaches.form.recordsApprox')}
          value={form.recordsApprox}
          onChange={set('recordsApprox')}
          optional
        />
        <TextField
          id={id('member-states')}
          label={t('breaches.form.otherMemberStates')}
          hint={t('breaches.form.otherMemberStatesHint')}
          value={form.otherMemberStates}
          onChange={set('otherMemberStates')}
          optional
        />
      </fieldset>
      <fieldset>
        <legend>{t('breaches.form.effects')}</legend>
        <CheckboxField
          id={id('encrypted')}
          label={t('breaches.encrypted')}
          checked={form.encrypted}
          onChange={set('encrypted')}
        />
        <TextAreaField
          id={id('encryption')}
          label={t('breaches.form.encryptionDetails')}
          value={form.encryptionDetails}
          onChange={set('encryptionDetails')}
          optional
        />
        <TextAreaField
          id={id('consequences')}
          label={t('breaches.consequences')}
          value={form.consequences}
          onChange={set('consequences')}
          optional
        />
        <TextAreaField
          id={id('measures')}
          label={t('breaches.measuresTaken')}
          value={form.measuresTaken}
          onChange={set('measuresTaken')}
          optional
        />
        <TextAreaField
          id={id('proposed')}
          label={t('breaches.form.measuresProposed')}
          value={form.measuresProposed}
          onChange={set('measuresProposed')}
          optional
        />
        <TextAreaField
          id={id('advice')}
          label={t('breaches.form.adviceToSubjects')}
          hint={t('breaches.form.adviceHint')}
          value={form.adviceToSubjects}
          onChange={set('adviceToSubjects')}
          optional
        />
      </fieldset>
      {form.role === 'processor' ? (
        <fieldset>
          <legend>{t('breaches.form.clients')}</legend>
          <TextField
            id={id('notice-hours')}
            type="number"
            min={1}
            max={72}
            label={t('breaches.form.controllerNoticeHours')}
            value={form.controllerNoticeHours}
            onChange={set('controllerNoticeHours')}
          />
          <p className="hint">{t('breaches.form.controllersHint')}</p>
          <ClientPicker
            slug={slug}
            idPrefix={idPrefix}
            named={{ systems: form.systems, activities: form.activities }}
            chosen={form.controllers.map((c) => c.clientId)}
            lookup={lookup}
            onAdd={(client) => set('controllers')([...form.controllers, client])}
          />
          {form.controllers.map((c, index) =>
            c.clientId ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
              <fieldset key={index} className="row-group">
                <legend>{t('breaches.form.client', { number: index + 1 })}</legend>
                <p data-testid={`breach-client-${index}`}>
                  {t('breaches.form.clientFromPage', {
                    client: c.name,
                    email: c.email,
                    language: LANGUAGE_NAMES[c.language as 'nl' | 'fr' | 'en'] ?? c.language,
                  })}
                </p>
                <button
                  type="button"
                  onClick={() => set('controllers')(form.controllers.filter((_, i) => i !== index))}
                >
                  {t('breaches.form.removeClient')}
                </button>
              </fieldset>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
              <fieldset key={index} className="row-group">
                <legend>{t('breaches.form.client', { number: index + 1 })}</legend>
                <TextField
                  id={id(`client-${index}-name`)}
                  label={t('breaches.form.clientName')}
                  value={c.name}
                  onChange={(v) => setClient(index, { name: v })}
                />
                <TextField
                  id={id(`client-${index}-email`)}
                  type="email"
                  label={t('breaches.form.clientEmail')}
                  value={c.email}
                  onChange={(v) => setClient(index, { email: v })}
                  optional
                />
                <SelectField
                  id={id(`client-${index}-language`)}
                  label={t('breaches.form.clientLanguage')}
                  value={c.language}
                  onChange={(v) => setClient(index, { language: v })}
                >
                  <option value="">{t('breaches.form.organisationLanguage')}</option>
                  <option value="nl">Nederlands</option>
                  <option value="fr">Français</option>
                  <option value="en">English</option>
                </SelectField>
                <button
                  type="button"
                  onClick={() => set('controllers')(form.controllers.filter((_, i) => i !== index))}
                >
                  {t('breaches.form.removeClient')}
                </button>
              </fieldset>
            ),
          )}
          <button
            type="button"
            onClick={() =>
              set('controllers')([...form.controllers, { clientId: '', name: '', email: '', language: '' }])
            }
          >
            {t('breaches.form.addClient')}
          </button>
        </fieldset>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('breaches.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
