import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { LanguageSelect } from '../../components/form/LanguageSelect'
import { TextField } from '../../components/form/TextField'
import type { ClientList } from './types'

/** As processor: the clients (controllers) with contacts, activities and their reference in the systems. */
export function ClientsSection({
  slug,
  clients,
  onSaved,
}: {
  slug: string
  clients: ClientList
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  return (
    <section className="list-section" aria-labelledby="processors-clients-title">
      <h2 id="processors-clients-title">{t('processors.clients.title')}</h2>
      <p>{t('processors.clients.intro')}</p>
      {clients.items.length === 0 ? (
        <p>{t('processors.clients.none')}</p>
      ) : (
        <table className="table" data-testid="processor-clients">
          <thead>
            <tr>
              <th scope="col">{t('processors.clients.name')}</th>
              <th scope="col">{t('processors.clients.language')}</th>
              <th scope="col">{t('processors.clients.contact')}</th>
              <th scope="col">{t('processors.clients.activities')}</th>
              <th scope="col">{t('processorForms.client.reference')}</th>
              <th scope="col">{t('processors.clients.status')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.items.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.language.toUpperCase()}</td>
                <td>{c.contacts.email}</td>
                <td>{c.activityKeys.join(', ')}</td>
                <td>{c.systemReference ?? t('processorForms.client.noReference')}</td>
                <td>{t(`processors.clients.statuses.${c.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clients.can.write ? <ClientForm slug={slug} onSaved={onSaved} /> : null}
    </section>
  )
}

function ClientForm({ slug, onSaved }: { slug: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation()
  const id = 'client-form'
  const f = 'processorForms.client'
  const [name, setName] = useState('')
  const [enterpriseNumber, setEnterpriseNumber] = useState('')
  const [language, setLanguage] = useState<Language>('nl')
  const [email, setEmail] = useState('')
  const [requestsEmail, setRequestsEmail] = useState('')
  const [breachesEmail, setBreachesEmail] = useState('')
  const [contactName, setContactName] = useState('')
  const [instructions, setInstructions] = useState('')
  const [systemReference, setSystemReference] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, {
    fields: [
      'name',
      'enterpriseNumber',
      'contacts.email',
      'contacts.requestsEmail',
      'contacts.breachesEmail',
    ],
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!name.trim()) return errors.invalid('name', t('errors.required'))
    if (!email.trim()) return errors.invalid('contacts.email', t('errors.required'))
    void run(async () => {
      try {
        const created = await call(
          api.POST('/api/v1/orgs/{slug}/processors/clients', {
            params: { path: { slug } },
            body: {
              name: name.trim(),
              ...(enterpriseNumber.trim() ? { enterpriseNumber: enterpriseNumber.trim() } : {}),
              language,
              contacts: {
                email: email.trim(),
                ...(requestsEmail.trim() ? { requestsEmail: requestsEmail.trim() } : {}),
                ...(breachesEmail.trim() ? { breachesEmail: breachesEmail.trim() } : {}),
                ...(contactName.trim() ? { contactName: contactName.trim() } : {}),
              },
              ...(instructions.trim() ? { instructions: instructions.trim() } : {}),
              ...(systemReference.trim() ? { systemReference: systemReference.trim() } : {}),
            },
          }),
        )
        for (const reset of [setName, setEnterpriseNumber, setEmail, setRequestsEmail, setBreachesEmail])
          reset('')
        setContactName('')
        setInstructions('')
        setSystemReference('')
        onSaved(t(`${f}.saved`, { name: created.name }))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(`${f}.add`)}</h3>
      <form onSubmit={submit} noValidate className="form" aria-labelledby={`${id}-title`}>
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
            maxLength={320}
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
            maxLength={320}
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
            maxLength={320}
            autoComplete="off"
            value={breachesEmail}
            onChange={setBreachesEmail}
            error={errors.fieldError('contacts.breachesEmail')}
          />
          <TextField
            id={`${id}-contactName`}
            label={t(`${f}.contactName`)}
            optional
            maxLength={200}
            autoComplete="off"
            value={contactName}
            onChange={setContactName}
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
        <p>
          <button type="submit" className="button-primary" disabled={busy}>
            {t(`${f}.submit`)}
          </button>
        </p>
      </form>
    </section>
  )
}
