import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { CheckboxField } from '../../components/form/CheckboxField'
import { LanguageSelect } from '../../components/form/LanguageSelect'
import { TextField } from '../../components/form/TextField'
import { isLanguage } from '../../i18n/language'
import type { Client } from './types'

/** A register activity done as processor, as the form offers it (Art. 30(2): per client). */
export interface ProcessorActivity {
  key: string
  name: string
}

const FIELDS = [
  'name',
  'enterpriseNumber',
  'contacts.email',
  'contacts.requestsEmail',
  'contacts.breachesEmail',
  'contacts.contactName',
  'instructions',
  'activityKeys',
  'systemReference',
]

/**
 * A client (controller) of the organisation as processor: name, language of its mails, contacts for notices,
 * requests and breaches, documented instructions, the register activities done for it and its reference in the
 * systems. Without `client` it adds one; with it, it changes it.
 */
export function ClientForm({
  slug,
  client,
  activities,
  onSaved,
}: {
  slug: string
  client?: Client
  activities: ProcessorActivity[]
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  const id = client ? `client-edit-${client.id}` : 'client-form'
  const f = 'processorForms.client'
  const [name, setName] = useState(client?.name ?? '')
  const [enterpriseNumber, setEnterpriseNumber] = useState(client?.enterpriseNumber ?? '')
  const [language, setLanguage] = useState<Language>(
    client && isLanguage(client.language) ? client.language : 'nl',
  )
  const [email, setEmail] = useState(client?.contacts.email ?? '')
  const [requestsEmail, setRequestsEmail] = useState(client?.contacts.requestsEmail ?? '')
  const [breachesEmail, setBreachesEmail] = useState(client?.contacts.breachesEmail ?? '')
  const [contactName, setContactName] = useState(client?.contacts.contactName ?? '')
  const [instructions, setInstructions] = useState(client?.instructions ?? '')
  const [systemReference, setSystemReference] = useState(client?.systemReference ?? '')
  const [activityKeys, setActivityKeys] = useState<string[]>(client?.activityKeys ?? [])
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, { fields: FIELDS })

  const reset = () => {
    for (const clear of [setName, setEnterpriseNumber, setEmail, setRequestsEmail, setBreachesEmail])
      clear('')
    setContactName('')
    setInstructions('')
    setSystemReference('')
    setActivityKeys([])
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!name.trim()) return errors.invalid('name', t('errors.required'))
    if (!email.trim()) return errors.invalid('contacts.email', t('errors.required'))
    const body = {
      name: name.trim(),
      enterpriseNumber: enterpriseNumber.trim() || null,
      language,
      contacts: {
        email: email.trim(),
        ...(requestsEmail.trim() ? { requestsEmail: requestsEmail.trim() } : {}),
        ...(breachesEmail.trim() ? { breachesEmail: breachesEmail.trim() } : {}),
        ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
      },
      instructions: instructions.trim(),
      activityKeys,
      systemReference: systemReference.trim() || null,
    }
    void run(async () => {
      try {
        const saved = client
          ? await call(
              api.PATCH('/api/v1/orgs/{slug}/processors/clients/{id}', {
                params: { path: { slug, id: client.id } },
                body,
              }),
            )
          : await call(
              api.POST('/api/v1/orgs/{slug}/processors/clients', { params: { path: { slug } }, body }),
            )
        if (!client) reset()
        onSaved(t(client ? `${f}.updated` : `${f}.saved`, { name: saved.name }))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  const toggle = (key: string, on: boolean) =>
    setActivityKeys((keys) => (on ? [...keys, key] : keys.filter((k) => k !== key)))

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{client ? t(`${f}.edit`, { name: client.name }) : t(`${f}.add`)}</h3>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id={`${id}-name`}
          label={t(`${f}.name`)}
          required
          maxLength={200}
          autoComplete="organization"
          value={name}
          onChange={setName}
          error={errors.fieldError('name')}
        />
        <TextField
          id={`${id}-enterpriseNumber`}
          label={t(`${f}.enterpriseNumber`)}
          optional
          maxLength={20}
          value={enterpriseNumber}
          onChange={setEnterpriseNumber}
          error={errors.fieldError('enterpriseNumber')}
        />
        <LanguageSelect
          id={`${id}-language`}
          label={t(`${f}.language`)}
          value={language}
          onChange={setLanguage}
        />
        <TextField
          id={`${id}-contacts.email`}
          type="email"
          label={t(`${f}.email`)}
          required
          maxLength={254}
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.fieldError('contacts.email')}
        />
        <TextField
          id={`${id}-contacts.requestsEmail`}
          type="email"
          label={t(`${f}.requestsEmail`)}
          optional
          maxLength={254}
          autoComplete="off"
          value={requestsEmail}
          onChange={setRequestsEmail}
          error={errors.fieldError('contacts.requestsEmail')}
        />
        <TextField
          id={`${id}-contacts.breachesEmail`}
          type="email"
          label={t(`${f}.breachesEmail`)}
          optional
          maxLength={254}
          autoComplete="off"
          value={breachesEmail}
          onChange={setBreachesEmail}
          error={errors.fieldError('contacts.breachesEmail')}
        />
        <TextField
          id={`${id}-contacts.contactName`}
          label={t(`${f}.contactName`)}
          optional
          maxLength={200}
          autoComplete="off"
          value={contactName}
          onChange={setContactName}
          error={errors.fieldError('contacts.contactName')}
        />
        <TextField
          id={`${id}-systemReference`}
          label={t(`${f}.systemReference`)}
          hint={t(`${f}.systemReferenceHint`)}
          optional
          maxLength={200}
          autoComplete="off"
          value={systemReference}
          onChange={setSystemReference}
          error={errors.fieldError('systemReference')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-instructions`}>{t(`${f}.instructions`)}</label>
        <textarea
          id={`${id}-instructions`}
          rows={3}
          maxLength={10000}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
        />
      </div>
      <fieldset className="checklist" id={`${id}-activityKeys`}>
        <legend>{t(`${f}.activities`)}</legend>
        {activities.length === 0 ? <p className="hint">{t(`${f}.noActivities`)}</p> : null}
        {activities.map((a) => (
          <CheckboxField
            key={a.key}
            id={`${id}-activity-${a.key}`}
            label={a.name}
            checked={activityKeys.includes(a.key)}
            onChange={(on) => toggle(a.key, on)}
          />
        ))}
        {errors.fieldError('activityKeys') ? (
          <p className="field-error" role="alert">
            {errors.fieldError('activityKeys')}
          </p>
        ) : null}
      </fieldset>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {client ? t(`${f}.update`) : t(`${f}.submit`)}
        </button>
      </p>
    </form>
  )
}
