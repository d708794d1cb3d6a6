import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useRouter } from '../../app/RouterContext'
import { hrefOf } from '../../app/routes'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { CheckboxField } from '../../components/form/CheckboxField'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { PageTitle } from '../../components/layout/PageTitle'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import { Countdown } from './Countdown'

const NATURES = ['confidentiality', 'integrity', 'availability'] as const
const ORIGINS = [
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
const CAUSES = [
  'unknown',
  'internal_accidental',
  'internal_malicious',
  'external_accidental',
  'external_malicious',
] as const

/** The local date-time input's value for now, e.g. 2026-12-04T23:30. */
function localNow(): string {
  const d = new Date()
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset())
  return d.toISOString().slice(0, 16)
}

/** The register of breaches with their running clocks, and the form to record one. */
export function BreachesPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { dateTime } = useDateFormat()
  const { language } = useLanguage()
  const { navigate } = useRouter()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/breaches', { params: { path: { slug } } })),
    [slug],
  )
  const resource = useResource(load)
  const [form, setForm] = useState({
    title: '',
    discoveredAt: localNow(),
    awareAt: localNow(),
    description: '',
    origin: 'other',
    cause: 'unknown',
    peopleApprox: '',
    consequences: '',
    measuresTaken: '',
  })
  const [nature, setNature] = useState<string[]>(['confidentiality'])
  const [encrypted, setEncrypted] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  async function submit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    try {
      const created = await call(
        api.POST('/api/v1/orgs/{slug}/breaches', {
          params: { path: { slug } },
          body: {
            title: form.title,
            discoveredAt: new Date(form.discoveredAt).toISOString(),
            awareAt: new Date(form.awareAt).toISOString(),
            description: form.description,
            nature: nature as (typeof NATURES)[number][],
            origin: form.origin as (typeof ORIGINS)[number],
            cause: form.cause as (typeof CAUSES)[number],
            encrypted,
            systems: [],
            activities: [],
            ...(form.peopleApprox ? { peopleApprox: Number(form.peopleApprox) } : {}),
            ...(form.consequences ? { consequences: form.consequences } : {}),
            ...(form.measuresTaken ? { measuresTaken: form.measuresTaken } : {}),
          },
        }),
      )
      navigate({ name: 'breach', slug, id: created.id })
    } catch (failure) {
      setError(failure)
    }
  }

  return (
    <>
      <PageTitle>{t('breaches.title')}</PageTitle>
      <p className="lead">{t('breaches.intro')}</p>
      <ResourceView resource={resource}>
        {(data) => (
          <>
            <div className="section-header">
              <h2>{t('breaches.listTitle')}</h2>
              <a href={`/api/v1/orgs/${encodeURIComponent(slug)}/breaches/export?lang=${language}`} download>
                {t('breaches.export')}
              </a>
            </div>
            {data.items.length === 0 ? (
              <p>{t('breaches.empty')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('breaches.reference')}</th>
                    <th scope="col">{t('breaches.titleField')}</th>
                    <th scope="col">{t('breaches.awareAt')}</th>
                    <th scope="col">{t('breaches.clocks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((b) => (
                    <tr key={b.id}>
                      <td>
                        <a href={hrefOf({ name: 'breach', slug, id: b.id })}>{b.reference}</a>
                      </td>
                      <td>{b.title}</td>
                      <td>{dateTime(b.awareAt)}</td>
                      <td>
                        <ul className="plain-list">
                          {b.clocks.map((c) => (
                            <li key={c.name}>
                              {t(`breaches.clockNames.${c.name}`)}:{' '}
                              <Countdown dueAt={c.dueAt} state={c.state} />
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.can.write ? (
              <form onSubmit={submit} className="card" aria-labelledby="breach-new" noValidate>
                <h2 id="breach-new">{t('breaches.newTitle')}</h2>
                <TextField
                  id="breach-title"
                  label={t('breaches.titleField')}
                  value={form.title}
                  onChange={set('title')}
                  required
                />
                <TextField
                  id="breach-discovered"
                  type="datetime-local"
                  label={t('breaches.discoveredAt')}
                  value={form.discoveredAt}
                  onChange={set('discoveredAt')}
                />
                <TextField
                  id="breach-aware"
                  type="datetime-local"
                  label={t('breaches.awareAt')}
                  hint={t('breaches.awareHint')}
                  value={form.awareAt}
                  onChange={set('awareAt')}
                />
                <TextAreaField
                  id="breach-description"
                  label={t('breaches.description')}
                  value={form.description}
                  onChange={set('description')}
                />
                <fieldset>
                  <legend>{t('breaches.nature')}</legend>
                  {NATURES.map((n) => (
                    <CheckboxField
                      key={n}
                      id={`breach-nature-${n}`}
                      label={t(`breaches.natures.${n}`)}
                      checked={nature.includes(n)}
                      onChange={(on) =>
                        setNature((list) => (on ? [...list, n] : list.filter((x) => x !== n)))
                      }
                    />
                  ))}
                </fieldset>
                <SelectField
                  id="breach-origin"
                  label={t('breaches.origin')}
                  value={form.origin}
                  onChange={set('origin')}
                >
                  {ORIGINS.map((o) => (
                    <option key={o} value={o}>
                      {t(`breaches.origins.${o}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  id="breach-cause"
                  label={t('breaches.cause')}
                  value={form.cause}
                  onChange={set('cause')}
                >
                  {CAUSES.map((c) => (
                    <option key={c} value={c}>
                      {t(`breaches.causes.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id="breach-people"
                  type="number"
                  min={0}
                  label={t('breaches.peopleApprox')}
                  value={form.peopleApprox}
                  onChange={set('peopleApprox')}
                  optional
                />
                <CheckboxField
                  id="breach-encrypted"
                  label={t('breaches.encrypted')}
                  checked={encrypted}
                  onChange={setEncrypted}
                />
                <TextAreaField
                  id="breach-consequences"
                  label={t('breaches.consequences')}
                  value={form.consequences}
                  onChange={set('consequences')}
                  optional
                />
                <TextAreaField
                  id="breach-measures"
                  label={t('breaches.measuresTaken')}
                  value={form.measuresTaken}
                  onChange={set('measuresTaken')}
                  optional
                />
                {error ? <ErrorMessage error={error} /> : null}
                <button type="submit" className="button-primary">
                  {t('breaches.record')}
                </button>
              </form>
            ) : null}
          </>
        )}
      </ResourceView>
    </>
  )
}
