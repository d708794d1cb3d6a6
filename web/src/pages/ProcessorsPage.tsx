import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { useResource } from '../app/useResource'
import { Alert } from '../components/feedback/Alert'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { Notice } from '../components/feedback/Notice'
import { ResourceView } from '../components/feedback/ResourceView'
import { SelectField } from '../components/form/SelectField'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = [
  'kind',
  'vendor.key',
  'vendor.name',
  'vendor.country',
  'vendor.services',
  'windowDays',
] as const

async function loadAll(slug: string) {
  const path = { params: { path: { slug } } }
  const [vendors, clients, changes] = await Promise.all([
    call(api.GET('/api/v1/orgs/{slug}/processors/vendors', path)),
    call(api.GET('/api/v1/orgs/{slug}/processors/clients', path)),
    call(api.GET('/api/v1/orgs/{slug}/processors/changes', path)),
  ])
  return { vendors, clients, changes }
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '')

/**
 * Both sides of Art. 28: the register's vendors with their agreements, transfers, risk and review (as
 * controller), the clients and the sub-processor changes announced to them (as processor).
 */
export function ProcessorsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(() => loadAll(slug), [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const withdraw = async (id: string) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.POST('/api/v1/orgs/{slug}/processors/changes/{id}/withdraw', { params: { path: { slug, id } } }),
      )
      setNotice(t('processors.changes.withdrawn'))
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('processors.title')}</PageTitle>
      <p className="lead">{t('processors.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {({ vendors, clients, changes }) => (
          <>
            <section className="list-section" aria-labelledby="processors-vendors-title">
              <h2 id="processors-vendors-title">{t('processors.vendors.title')}</h2>
              <p>{t('processors.vendors.intro')}</p>
              {vendors.items.length === 0 ? (
                <p>{t('processors.vendors.none')}</p>
              ) : (
                <table className="table" data-testid="processor-vendors">
                  <thead>
                    <tr>
                      <th scope="col">{t('processors.vendors.name')}</th>
                      <th scope="col">{t('processors.vendors.role')}</th>
                      <th scope="col">{t('processors.vendors.agreement')}</th>
                      <th scope="col">{t('processors.vendors.transfers')}</th>
                      <th scope="col">{t('processors.vendors.risk')}</th>
                      <th scope="col">{t('processors.vendors.nextReview')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {vendors.items.map((v) => {
                      const latest = v.agreements[0]
                      const missing = latest
                        ? ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].filter((l) => !latest.clauses[l]?.present)
                        : []
                      return (
                        <tr key={v.key}>
                          <th scope="row">
                            {v.name} <span className="meta">({v.country})</span>
                          </th>
                          <td>{t(`processors.roles.${v.role}`, { defaultValue: v.role })}</td>
                          <td>
                            {latest
                              ? `${latest.title}${latest.version ? ` v${latest.version}` : ''}${latest.signedOn ? `, ${latest.signedOn}` : ''}`
                              : t('processors.vendors.noAgreement')}
                            {latest && missing.length > 0 ? (
                              <span className="meta">
                                {' '}
                                - {t('processors.vendors.missing', { points: missing.join(', ') })}
                              </span>
                            ) : null}
                          </td>
                          <td>
                            {v.transfers
                              .map(
                                (x) =>
                                  `${x.country}: ${t(`processors.mechanisms.${x.mechanism}`, { defaultValue: x.mechanism })}${x.sccModule ? ` ${x.sccModule}` : ''}${x.dpfCheckedOn ? ` (${x.dpfCheckedOn})` : ''}`,
                              )
                              .join('; ')}
                          </td>
                          <td>{v.profile.riskLevel ? t(`processors.risk.${v.profile.riskLevel}`) : ''}</td>
                          <td>{v.profile.nextReviewOn ?? ''}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              )}
            </section>

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
                        <td>{t(`processors.clients.statuses.${c.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section className="list-section" aria-labelledby="processors-changes-title">
              <h2 id="processors-changes-title">{t('processors.changes.title')}</h2>
              <p>
                {t('processors.changes.intro')}{' '}
                <a href={`/p/${encodeURIComponent(slug)}/subprocessors`}>
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
                        <td>{day(c.effectiveAt)}</td>
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
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => void withdraw(c.id)}
                            >
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
                  onAnnounced={(clientsNotified, subscribersNotified) => {
                    setNotice(
                      t('processors.announce.done', {
                        clients: clientsNotified,
                        subscribers: subscribersNotified,
                      }),
                    )
                    data.reload()
                  }}
                />
              </section>
            ) : null}
          </>
        )}
      </ResourceView>
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
  const [busy, run] = useBusy()
  const errors = useFormErrors('announce-change', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!key.trim()) return errors.invalid('vendor.key', t('errors.required'))
    if (!name.trim()) return errors.invalid('vendor.name', t('errors.required'))
    if (!/^[A-Za-z]{2}$/.test(country.trim()))
      return errors.invalid('vendor.country', t('processors.announce.countryHint'))
    void run(async () => {
      try {
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
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="announce-change-title">
      <Alert>{errors.message}</Alert>
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
          error={errors.fieldError('vendor.key')}
        />
        <TextField
          id="change-name"
          label={t('processors.announce.name')}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors.fieldError('vendor.name')}
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
          error={errors.fieldError('vendor.country')}
        />
        <TextField
          id="change-services"
          label={t('processors.announce.services')}
          optional
          maxLength={500}
          autoComplete="off"
          value={services}
          onChange={setServices}
          error={errors.fieldError('vendor.services')}
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
          error={errors.fieldError('windowDays')}
        />
      </div>
      <p>
        <button type="submit" className="button-primary" disabled={busy}>
          {t('processors.announce.submit')}
        </button>
      </p>
    </form>
  )
}
