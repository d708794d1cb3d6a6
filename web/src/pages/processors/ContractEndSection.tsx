import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { brusselsToday } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { CheckboxField } from '../../components/form/CheckboxField'
import { RadioGroup } from '../../components/form/RadioGroup'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { Can, ClientList, ContractEnd, ContractEndList } from './types'

const today = () => brusselsToday()

/**
 * The end of a contract with a client (Art. 28(3)(g)): the client's choice - return or destroy - carried out through
 * the connectors, what was done per system, the certificate of destruction and the return package's link.
 */
export function ContractEndSection({
  slug,
  clients,
  ends,
  can,
  onStarted,
  onError,
  onLink,
}: {
  slug: string
  clients: ClientList
  ends: ContractEndList
  can: Can
  onStarted: (message: string) => void
  onError: (error: unknown) => void
  onLink: (message: string) => void
}) {
  const { t } = useTranslation()
  const f = 'processorForms.end'
  const issueLink = async (end: ContractEnd) => {
    try {
      const link = await call(
        api.POST('/api/v1/orgs/{slug}/processors/contract-ends/{id}/package-link', {
          params: { path: { slug, id: end.id } },
        }),
      )
      onLink(t(`${f}.linkIssued`, { url: link.url, until: link.availableUntil }))
    } catch (error) {
      onError(error)
    }
  }
  const retry = async (end: ContractEnd) => {
    try {
      await call(
        api.POST('/api/v1/orgs/{slug}/processors/contract-ends/{id}/retry', {
          params: { path: { slug, id: end.id } },
        }),
      )
      onStarted(t(`${f}.retried`, { name: end.clientName }))
    } catch (error) {
      onError(error)
    }
  }
  return (
    <section className="list-section" aria-labelledby="contract-end-title">
      <h2 id="contract-end-title">{t(`${f}.title`)}</h2>
      <p>{t(`${f}.intro`)}</p>
      {can.endContract && clients.items.length > 0 ? (
        <ContractEndForm slug={slug} clients={clients} onStarted={onStarted} />
      ) : null}
      <h3>{t(`${f}.history`)}</h3>
      {ends.items.length === 0 ? (
        <p>{t(`${f}.none`)}</p>
      ) : (
        <table className="table" data-testid="contract-ends">
          <thead>
            <tr>
              <th scope="col">{t(`${f}.columns.client`)}</th>
              <th scope="col">{t(`${f}.columns.choice`)}</th>
              <th scope="col">{t(`${f}.columns.decidedOn`)}</th>
              <th scope="col">{t(`${f}.columns.status`)}</th>
              <th scope="col">{t(`${f}.columns.result`)}</th>
              <th scope="col">{t(`${f}.columns.documents`)}</th>
            </tr>
          </thead>
          <tbody>
            {ends.items.map((end) => (
              <tr key={end.id}>
                <th scope="row">{end.clientName}</th>
                <td>{t(`${f}.choiceShort.${end.choice}`)}</td>
                <td>{end.decidedOn}</td>
                <td>
                  {t(`${f}.statuses.${end.status}`)}
                  {end.error ? <span className="meta"> - {end.error}</span> : null}
                </td>
                <td>
                  {end.totals ? t(`${f}.counts`, end.totals) : ''}
                  {end.systems.flatMap((s) =>
                    s.collections.flatMap((c) =>
                      c.kept
                        .filter((k) => k.reason === 'retention')
                        .map((k) => (
                          <div key={`${s.dataset}-${c.collection}-${k.rule}`} className="meta">
                            {t(`${f}.kept`, {
                              rows: k.rows,
                              collection: `${s.systemName} / ${c.collection}`,
                              rule: k.rule,
                              until: k.until ?? t(`${f}.keptOpen`),
                            })}
                          </div>
                        )),
                    ),
                  )}
                </td>
                <td>
                  {end.status === 'completed' && end.choice === 'destroy' ? (
                    <ul className="inline-list">
                      {(['nl', 'fr', 'en'] as const).map((language) => (
                        <li key={language}>
                          <a
                            href={`/api/v1/orgs/${encodeURIComponent(slug)}/processors/contract-ends/${end.id}/certificate?lang=${language}`}
                            data-testid="contract-end-certificate"
                          >
                            {t(`${f}.certificate`, { language: language.toUpperCase() })}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {end.status === 'completed' &&
                  end.choice === 'return' &&
                  end.packageAvailable &&
                  can.endContract ? (
                    <button type="button" className="button-secondary" onClick={() => void issueLink(end)}>
                      {t(`${f}.link`)}
                    </button>
                  ) : null}
                  {end.status === 'failed' && can.endContract ? (
                    <button type="button" className="button-secondary" onClick={() => void retry(end)}>
                      {t(`${f}.retry`)}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ContractEndForm({
  slug,
  clients,
  onStarted,
}: {
  slug: string
  clients: ClientList
  onStarted: (message: string) => void
}) {
  const { t } = useTranslation()
  const f = 'processorForms.end'
  const id = 'contract-end'
  const [clientId, setClientId] = useState(clients.items[0]?.id ?? '')
  const [choice, setChoice] = useState<'return' | 'destroy' | ''>('')
  const [decidedOn, setDecidedOn] = useState(today())
  const [note, setNote] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors(id, { fields: ['choice', 'decidedOn', 'confirm', 'note'] })
  const client = clients.items.find((c) => c.id === clientId)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!choice) return errors.invalid('choice', t('errors.required'))
    if (!decidedOn) return errors.invalid('decidedOn', t('errors.required'))
    if (choice === 'destroy' && !confirmed) return errors.invalid('confirm', t(`${f}.confirmRequired`))
    void run(async () => {
      try {
        await call(
          api.POST('/api/v1/orgs/{slug}/processors/clients/{id}/contract-end', {
            params: { path: { slug, id: clientId } },
            body: { choice, decidedOn, ...(note.trim() ? { note: note.trim() } : {}) },
          }),
        )
        setChoice('')
        setNote('')
        setConfirmed(false)
        onStarted(t(`${f}.started`, { name: client?.name ?? '' }))
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="contract-end-title">
      <Alert>{errors.message}</Alert>
      <SelectField id={`${id}-client`} label={t(`${f}.client`)} value={clientId} onChange={setClientId}>
        {clients.items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        id={`${id}-choice`}
        legend={t(`${f}.choice`)}
        value={choice}
        onChange={(v) => {
          setChoice(v)
          setConfirmed(false)
        }}
        options={[
          { value: 'return' as const, label: t(`${f}.choices.return`) },
          { value: 'destroy' as const, label: t(`${f}.choices.destroy`) },
        ]}
        error={errors.fieldError('choice')}
      />
      <div className="form-grid">
        <TextField
          id={`${id}-decidedOn`}
          type="date"
          label={t(`${f}.decidedOn`)}
          required
          value={decidedOn}
          onChange={setDecidedOn}
          error={errors.fieldError('decidedOn')}
        />
        <TextField
          id={`${id}-note`}
          label={t(`${f}.note`)}
          hint={t(`${f}.noteHint`)}
          optional
          maxLength={2000}
          value={note}
          onChange={setNote}
          error={errors.fieldError('note')}
        />
      </div>
      {choice === 'destroy' ? (
        <CheckboxField
          id={`${id}-confirm`}
          label={t(`${f}.confirmDestroy`, { name: client?.name ?? '' })}
          checked={confirmed}
          onChange={setConfirmed}
          error={errors.fieldError('confirm')}
        />
      ) : null}
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t(`${f}.submit`)}
        </button>
      </p>
    </form>
  )
}
