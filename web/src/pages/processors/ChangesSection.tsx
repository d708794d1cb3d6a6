import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { useMe } from '../../app/SessionContext'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { ChangeList } from './types'

const FIELDS = [
  'kind',
  'vendor.key',
  'vendor.name',
  'vendor.country',
  'vendor.services',
  'windowDays',
] as const

/** Sub-processor changes announced to the clients, their objections, and the form to announce one. */
export function ChangesSection({
  slug,
  changes,
  onWithdraw,
  onAnnounced,
}: {
  slug: string
  changes: ChangeList
  onWithdraw: (id: string) => void
  onAnnounced: (message: string) => void
}) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  // The address mails give (CUSTOS_PUBLIC_URL), not the one this browser happens to use.
  const { publicUrl } = useMe()
  const withdraw = (id: string) => onWithdraw(id)
  return (
    <>
      <section className="list-section" aria-labelledby="processors-changes-title">
        <h2 id="processors-changes-title">{t('processors.changes.title')}</h2>
        <p>
          {t('processors.changes.intro')}{' '}
          <a href={`${publicUrl}/p/${encodeURIComponent(slug)}/subprocessors`}>
            {t('processors.changes.publicPage')}
          </a>
        </p>
        {changes.items.length === 0 ? (
          <p>{t('processors.changes.none')}</p>
        ) : (
          <table className="table" data-testid="processor-changes">
            <thead>
              <tr>
                <th scope="col">{t('processors.changes.vendor')}</th>
                <th scope="col">{t('processors.changes.kind')}</th>
                <th scope="col">{t('processors.changes.effective')}</th>
                <th scope="col">{t('processors.changes.status')}</th>
                <th scope="col">{t('processors.changes.objections')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('processors.changes.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.vendor.name} <span className="meta">({c.vendor.country})</span>
                  </th>
                  <td>{t(`processors.changes.kinds.${c.kind}`)}</td>
                  <td>{date(c.effectiveAt)}</td>
                  <td>
                    {t(`processors.changes.statuses.${c.status}`)}
                    {c.applyError ? <span className="meta"> - {c.applyError}</span> : null}
                  </td>
                  <td>
                    {c.objections.length === 0 ? (
                      t('processors.changes.noObjections')
                    ) : (
                      <ul>
                        {c.objections.map((o) => (
                          <li key={o.id}>
                            <strong>{o.clientName ?? '?'}</strong>: {o.reason}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {changes.can.announce && c.status === 'announced' ? (
                      <button type="button" className="button-secondary" onClick={() => void withdraw(c.id)}>
                        {t('processors.changes.withdraw')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {changes.can.announce ? (
        <section aria-labelledby="announce-change-title" className="card">
          <h2 id="announce-change-title">{t('processors.announce.title')}</h2>
          <AnnounceForm
            slug={slug}
            onAnnounced={(clientsNotified, subscribersNotified) =>
              onAnnounced(
                t('processors.announce.done', { clients: clientsNotified, subscribers: subscribersNotified }),
              )
            }
          />
        </section>
      ) : null}
    </>
  )
}

function AnnounceForm({
  slug,
  onAnnounced,
}: {
  slug: string
  onAnnounced: (clients: number, subscribers: number) => void
}) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<'add' | 'remove'>('add')
  const [key, setKey] = useState('')
  const [name, setName] = useState('')
  const [country, setCountry] = useState('')
  const [services, setServices] = useState('')
  const [windowDays, setWindowDays] = useState('')
  const form = useFormSubmit('announce-change', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      const result = await call(
        api.POST('/api/v1/orgs/{slug}/processors/changes', {
          params: { path: { slug } },
          body: {
            kind,
            vendor: {
              key: key.trim(),
              name: name.trim(),
              country: country.trim().toUpperCase(),
              ...(services.trim() ? { services: services.trim() } : {}),
            },
            ...(windowDays.trim() ? { windowDays: Number(windowDays) } : {}),
          },
        }),
      )
      setKey('')
      setName('')
      setCountry('')
      setServices('')
      onAnnounced(result.clientsNotified, result.subscribersNotified)
    },
    () =>
      firstProblem(
        [!key.trim(), 'vendor.key', t('errors.required')],
        [!name.trim(), 'vendor.name', t('errors.required')],
        [!/^[A-Za-z]{2}$/.test(country.trim()), 'vendor.country', t('processors.announce.countryHint')],
      ),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="announce-change-title">
      <div className="form-grid">
        <SelectField
          id="change-kind"
          label={t('processors.changes.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'remove' ? 'remove' : 'add')}
        >
          <option value="add">{t('processors.changes.kinds.add')}</option>
          <option value="remove">{t('processors.changes.kinds.remove')}</option>
        </SelectField>
        <TextField
          id="change-key"
          label={t('processors.announce.key')}
          hint={t('processors.announce.keyHint')}
          required
          maxLength={100}
          autoComplete="off"
          value={key}
          onChange={setKey}
          error={form.fieldError('vendor.key')}
        />
        <TextField
          id="change-name"
          label={t('processors.announce.name')}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={form.fieldError('vendor.name')}
        />
        <TextField
          id="change-country"
          label={t('processors.announce.country')}
          hint={t('processors.announce.countryHint')}
          required
          maxLength={2}
          autoComplete="off"
          value={country}
          onChange={setCountry}
          error={form.fieldError('vendor.country')}
        />
        <TextField
          id="change-services"
          label={t('processors.announce.services')}
          optional
          maxLength={500}
          autoComplete="off"
          value={services}
          onChange={setServices}
          error={form.fieldError('vendor.services')}
        />
        <TextField
          id="change-window"
          label={t('processors.announce.windowDays')}
          hint={t('processors.announce.windowHint')}
          optional
          type="number"
          min={1}
          max={90}
          value={windowDays}
          onChange={setWindowDays}
          error={form.fieldError('windowDays')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('processors.announce.submit')}
        </button>
      </p>
    </FormShell>
  )
}
