import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../../components/feedback/Alert'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type CookieSetup = Json<paths['/api/v1/orgs/{slug}/cookies']['get']['responses'][200]>
export type InventoryService = CookieSetup['inventory']['services'][number]
type Cookie = InventoryService['cookies'][number]
const CATEGORIES: InventoryService['category'][] = ['necessary', 'functional', 'analytics', 'advertising']
const FIELDS = ['name', 'provider', 'category', 'purpose', 'hosts', 'cookies', 'note']

interface CookieDraft {
  key: number
  name: string
  provider: string
  purpose: string
  duration: string
  thirdCountry: string
}

/**
 * Changes one service of the inventory: its name, provider, category, purpose, hosts and cookies. Saving stores a new
 * inventory version, so the banner asks every visitor again (the form says so); the id stays.
 */
export function ServiceForm({
  slug,
  service,
  onSaved,
  onCancel,
}: {
  slug: string
  service: InventoryService
  onSaved: (version: number) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const formId = `service-${service.id}`
  const [name, setName] = useState(service.name)
  const [provider, setProvider] = useState(service.provider)
  const [category, setCategory] = useState<string>(service.category)
  const [purpose, setPurpose] = useState(service.purpose)
  const [hosts, setHosts] = useState(service.hosts.join('\n'))
  const [note, setNote] = useState('')
  const [nextKey, setNextKey] = useState(service.cookies.length)
  const [cookies, setCookies] = useState<CookieDraft[]>(
    service.cookies.map((c: Cookie, key) => ({ key, ...c, thirdCountry: c.thirdCountry ?? '' })),
  )
  const [busy, run] = useBusy()
  const errors = useFormErrors(formId, { fields: FIELDS })
  const hostsError = errors.fieldError('hosts')
  const titleId = `${formId}-title`

  const change = (key: number, field: keyof Omit<CookieDraft, 'key'>, value: string) =>
    setCookies((all) => all.map((c) => (c.key === key ? { ...c, [field]: value } : c)))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    void run(async () => {
      try {
        const saved = await call(
          api.PUT('/api/v1/orgs/{slug}/cookies/services/{serviceId}', {
            params: { path: { slug, serviceId: service.id } },
            body: {
              name: name.trim(),
              provider: provider.trim(),
              category: category as InventoryService['category'],
              purpose: purpose.trim(),
              hosts: hosts
                .split(/\s+/)
                .map((h) => h.trim())
                .filter(Boolean),
              ...(service.vendor ? { vendor: service.vendor } : {}),
              cookies: cookies.map((c) => ({
                name: c.name.trim(),
                provider: c.provider.trim(),
                purpose: c.purpose.trim(),
                duration: c.duration.trim(),
                thirdCountry: c.thirdCountry.trim().toUpperCase() || null,
              })),
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          }),
        )
        onSaved(saved.version)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="form card"
      aria-labelledby={titleId}
      data-testid="service-form"
    >
      <h3 id={titleId}>{t('cookies.services.editTitle', { name: service.name })}</h3>
      <p>{t('cookies.services.newVersion')}</p>
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <TextField
          id={`${formId}-name`}
          label={t('cookies.columns.service')}
          maxLength={200}
          value={name}
          onChange={setName}
          error={errors.fieldError('name')}
        />
        <TextField
          id={`${formId}-provider`}
          label={t('cookies.columns.provider')}
          maxLength={500}
          value={provider}
          onChange={setProvider}
          error={errors.fieldError('provider')}
        />
        <SelectField
          id={`${formId}-category`}
          label={t('cookies.columns.category')}
          value={category}
          onChange={setCategory}
          error={errors.fieldError('category')}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`cookies.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${formId}-purpose`}
          label={t('cookies.services.purpose')}
          maxLength={500}
          value={purpose}
          onChange={setPurpose}
          error={errors.fieldError('purpose')}
        />
        <div className="field field-wide">
          <label htmlFor={`${formId}-hosts`}>{t('cookies.services.hosts')}</label>
          <textarea
            id={`${formId}-hosts`}
            rows={2}
            value={hosts}
            onChange={(e) => setHosts(e.target.value)}
            aria-invalid={hostsError ? true : undefined}
            aria-describedby={hostsError ? `${formId}-hosts-error` : undefined}
          />
          {hostsError ? (
            <p id={`${formId}-hosts-error`} className="field-error" role="alert">
              {hostsError}
            </p>
          ) : null}
        </div>
      </div>
      <h4>{t('cookies.columns.cookies')}</h4>
      <Alert>{errors.fieldError('cookies')}</Alert>
      {cookies.length === 0 ? <p>{t('cookies.services.noCookies')}</p> : null}
      {cookies.map((c, i) => {
        const id = `${formId}-cookie-${c.key}`
        return (
          <fieldset key={c.key} className="form-grid" data-testid="service-cookie">
            <legend>{t('cookies.services.cookieN', { n: i + 1, name: c.name })}</legend>
            <TextField
              id={`${id}-name`}
              label={t('cookies.services.cookieName')}
              maxLength={200}
              value={c.name}
              onChange={(v) => change(c.key, 'name', v)}
            />
            <TextField
              id={`${id}-provider`}
              label={t('cookies.columns.provider')}
              maxLength={500}
              value={c.provider}
              onChange={(v) => change(c.key, 'provider', v)}
            />
            <TextField
              id={`${id}-purpose`}
              label={t('cookies.proposals.purpose')}
              maxLength={500}
              value={c.purpose}
              onChange={(v) => change(c.key, 'purpose', v)}
            />
            <TextField
              id={`${id}-duration`}
              label={t('cookies.proposals.duration')}
              maxLength={100}
              value={c.duration}
              onChange={(v) => change(c.key, 'duration', v)}
            />
            <TextField
              id={`${id}-thirdCountry`}
              label={t('cookies.services.thirdCountry')}
              optional
              maxLength={2}
              value={c.thirdCountry}
              onChange={(v) => change(c.key, 'thirdCountry', v)}
            />
            <div className="form-actions">
              <button
                type="button"
                className="button-danger-quiet"
                onClick={() => setCookies((all) => all.filter((x) => x.key !== c.key))}
              >
                {t('cookies.services.removeCookie', { name: c.name || i + 1 })}
              </button>
            </div>
          </fieldset>
        )
      })}
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setCookies((all) => [
              ...all,
              { key: nextKey, name: '', provider, purpose: '', duration: '', thirdCountry: '' },
            ])
            setNextKey((k) => k + 1)
          }}
        >
          {t('cookies.services.addCookie')}
        </button>
      </div>
      <TextField
        id={`${formId}-note`}
        label={t('cookies.note')}
        optional
        maxLength={500}
        value={note}
        onChange={setNote}
        error={errors.fieldError('note')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="service-save">
          {t('cookies.saveMapping')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
