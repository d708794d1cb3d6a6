import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { RadioGroup } from '../../components/form/RadioGroup'
import { TextField } from '../../components/form/TextField'
import type { Lookup } from '../../components/register/lookup'
import type { RegisterDocument } from '../../components/register/types'
import { BreachClientsFields } from './BreachClientsFields'
import { BreachEffectsFields } from './BreachEffectsFields'
import { BreachScopeFields } from './BreachScopeFields'
import { BreachWhatFields } from './BreachWhatFields'
import { BreachWhenFields } from './BreachWhenFields'
import {
  type BreachBody,
  type BreachFactsOut,
  bodyOf,
  type FactsFieldsProps,
  type FormState,
  initialState,
} from './breachFacts'

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
  const fields: FactsFieldsProps = { form, set, toggle, id }

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
      <BreachWhenFields {...fields} />
      <BreachWhatFields {...fields} />
      <BreachScopeFields {...fields} register={register} lookup={lookup} />
      <BreachEffectsFields {...fields} />
      {form.role === 'processor' ? (
        <BreachClientsFields {...fields} slug={slug} idPrefix={idPrefix} lookup={lookup} />
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
