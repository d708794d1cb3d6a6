import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { useResource } from '../../app/useResource'
import { ConfirmAction } from '../../components/ConfirmAction'
import { Alert } from '../../components/feedback/Alert'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { PageTitle } from '../../components/layout/PageTitle'
import { TableWrap } from '../../components/TableWrap'
import { CookieProposals } from './CookieProposals'
import { CookieScans } from './CookieScans'
import { ServiceForm } from './ServiceForm'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type CookieSetup = Json<paths['/api/v1/orgs/{slug}/cookies']['get']['responses'][200]>
type Category = 'functional' | 'analytics' | 'advertising'
const CATEGORIES: Category[] = ['functional', 'analytics', 'advertising']

/**
 * Cookies (issue 18): the inventory the banner and the declaration show, the consent purpose of the register each
 * optional category's choices are recorded under (saved as a new inventory version), the scanner's settings and
 * the scans with their findings and the difference from the scan before.
 */
export function CookiesPage({ membership }: { membership: Membership }) {
  const { t, i18n } = useTranslation()
  const { slug } = membership
  const format = useDateFormat()
  const lang = i18n.language as 'nl' | 'fr' | 'en'
  const load = useCallback(async () => {
    const [setup, purposes] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/cookies', { params: { path: { slug } } })),
      call(api.GET('/api/v1/orgs/{slug}/consent/purposes', { params: { path: { slug } } })).catch(() => ({
        items: [],
      })),
    ])
    return { setup, purposes: purposes.items }
  }, [slug])
  const data = useResource(load)
  // The confirmation is kept as its text's key, so it follows a change of language.
  const [notice, setNotice] = useState<{
    key: 'mappingSaved' | 'settingsSaved' | 'proposals.accepted' | 'services.saved' | 'services.deleted'
    version?: number
    name?: string
  } | null>(null)
  // The service whose form is open, by id.
  const [editing, setEditing] = useState<string | null>(null)
  const [deleteError, setDeleteError] = useState<unknown>(null)
  // Counts the scans that finished while the page was open: the proposals are read again after each.
  const [scansFinished, setScansFinished] = useState(0)

  return (
    <>
      <PageTitle>{t('cookies.title')}</PageTitle>
      <p className="lead">{t('cookies.intro')}</p>
      <Notice>
        {notice ? t(`cookies.${notice.key}`, { version: notice.version, name: notice.name }) : null}
      </Notice>
      <ResourceView resource={data}>
        {({ setup, purposes }) => {
          const labelOf = (p: (typeof purposes)[number]) =>
            typeof p.label === 'string' ? p.label : (p.label[lang] ?? p.label.nl ?? p.key)
          return (
            <>
              <section className="list-section" aria-labelledby="inventory-title">
                <h2 id="inventory-title">{t('cookies.inventoryTitle')}</h2>
                {setup.version === 0 || !setup.savedAt ? (
                  <p>{t('cookies.inventoryNone')}</p>
                ) : (
                  <>
                    <p>
                      {t('cookies.inventoryVersion', {
                        version: setup.version,
                        date: format.dateTime(setup.savedAt),
                      })}
                    </p>
                    <TableWrap label={t('cookies.inventoryTitle')}>
                      <table className="table" data-testid="cookie-inventory">
                        <thead>
                          <tr>
                            <th scope="col">{t('cookies.columns.service')}</th>
                            <th scope="col">{t('cookies.columns.provider')}</th>
                            <th scope="col">{t('cookies.columns.category')}</th>
                            <th scope="col">{t('cookies.columns.hosts')}</th>
                            <th scope="col">{t('cookies.columns.cookies')}</th>
                            {setup.can.updateService || setup.can.deleteService ? (
                              <th scope="col">{t('cookies.services.actions')}</th>
                            ) : null}
                          </tr>
                        </thead>
                        <tbody>
                          {setup.inventory.services.map((s) => (
                            <tr key={s.id}>
                              <th scope="row">{s.name}</th>
                              <td>{s.provider}</td>
                              <td>{t(`cookies.categories.${s.category}`)}</td>
                              <td>{s.hosts.join(', ')}</td>
                              <td>{s.cookies.map((c) => c.name).join(', ')}</td>
                              {setup.can.updateService || setup.can.deleteService ? (
                                <td>
                                  <div className="row-actions">
                                    {setup.can.updateService ? (
                                      <button
                                        type="button"
                                        className="button-secondary"
                                        aria-label={t('cookies.services.editLabel', { name: s.name })}
                                        aria-expanded={editing === s.id}
                                        onClick={() => setEditing(editing === s.id ? null : s.id)}
                                      >
                                        {t('cookies.services.edit')}
                                      </button>
                                    ) : null}
                                    {setup.can.deleteService ? (
                                      <ConfirmAction
                                        label={t('cookies.services.delete')}
                                        accessibleLabel={t('cookies.services.deleteLabel', { name: s.name })}
                                        question={t('cookies.services.deleteConfirm', { name: s.name })}
                                        confirmLabel={t('cookies.services.confirmDelete')}
                                        onConfirm={async () => {
                                          setDeleteError(null)
                                          try {
                                            const saved = await call(
                                              api.DELETE('/api/v1/orgs/{slug}/cookies/services/{serviceId}', {
                                                params: { path: { slug, serviceId: s.id } },
                                              }),
                                            )
                                            if (editing === s.id) setEditing(null)
                                            setNotice({
                                              key: 'services.deleted',
                                              version: saved.version,
                                              name: s.name,
                                            })
                                            data.reload()
                                          } catch (error) {
                                            setDeleteError(error)
                                          }
                                        }}
                                      />
                                    ) : null}
                                  </div>
                                </td>
                              ) : null}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableWrap>
                    {deleteError ? <ErrorMessage error={deleteError} /> : null}
                    {setup.inventory.services
                      .filter((s) => s.id === editing)
                      .map((s) => (
                        <ServiceForm
                          key={`${s.id}-${setup.version}`}
                          slug={slug}
                          service={s}
                          onCancel={() => setEditing(null)}
                          onSaved={(version) => {
                            setEditing(null)
                            setNotice({ key: 'services.saved', version, name: s.name })
                            data.reload()
                          }}
                        />
                      ))}
                  </>
                )}
              </section>
              <section className="card" aria-labelledby="mapping-title">
                <h2 id="mapping-title">{t('cookies.mappingTitle')}</h2>
                <p>{t('cookies.mappingIntro')}</p>
                {purposes.length === 0 ? (
                  <div className="alert alert-warning">
                    <p>{t('cookies.noConsentPurposes')}</p>
                  </div>
                ) : null}
                <MappingForm
                  slug={slug}
                  setup={setup}
                  purposes={purposes.map((p) => ({ key: p.key, label: labelOf(p) }))}
                  onSaved={(version) => {
                    setNotice({ key: 'mappingSaved', version })
                    data.reload()
                  }}
                />
              </section>
              <section className="card" aria-labelledby="settings-title">
                <h2 id="settings-title">{t('cookies.settingsTitle')}</h2>
                <SettingsForm
                  slug={slug}
                  setup={setup}
                  onSaved={() => {
                    setNotice({ key: 'settingsSaved' })
                    data.reload()
                  }}
                />
              </section>
              <CookieScans
                slug={slug}
                canScan={setup.can.write}
                hasUrls={setup.settings.scanUrls.length > 0}
                onFinished={() => setScansFinished((n) => n + 1)}
              />
              <CookieProposals
                slug={slug}
                refresh={scansFinished}
                onAccepted={(version) => {
                  setNotice({ key: 'proposals.accepted', version })
                  data.reload()
                }}
              />
            </>
          )
        }}
      </ResourceView>
    </>
  )
}

function MappingForm({
  slug,
  setup,
  purposes,
  onSaved,
}: {
  slug: string
  setup: CookieSetup
  purposes: { key: string; label: string }[]
  onSaved: (version: number) => void
}) {
  const { t } = useTranslation()
  const [mapping, setMapping] = useState<Record<Category, string>>({
    functional: setup.inventory.purposes?.functional ?? '',
    analytics: setup.inventory.purposes?.analytics ?? '',
    advertising: setup.inventory.purposes?.advertising ?? '',
  })
  const [note, setNote] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('mapping', { fields: ['purposes', 'note'] })
  const statusOf = new Map(setup.purposeMapping.map((m) => [m.category, m.status]))
  const offered = CATEGORIES.filter((c) => statusOf.has(c))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    void run(async () => {
      try {
        const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== ''))
        const saved = await call(
          api.PUT('/api/v1/orgs/{slug}/cookies/inventory', {
            params: { path: { slug } },
            body: {
              services: setup.inventory.services,
              purposes: chosen,
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          }),
        )
        setNote('')
        onSaved(saved.version)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="mapping-title">
      <Alert>{errors.message ?? errors.fieldError('purposes')}</Alert>
      <div className="form-grid">
        {offered.map((category) => {
          const status = statusOf.get(category)
          return (
            <SelectField
              key={category}
              id={`mapping-${category}`}
              label={t(`cookies.categories.${category}`)}
              hint={status ? t(`cookies.mappingStatus.${status}`) : undefined}
              value={mapping[category]}
              disabled={!setup.can.write}
              onChange={(v) => setMapping((m) => ({ ...m, [category]: v }))}
            >
              <option value="">{t('cookies.mappingNone')}</option>
              {purposes.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
              {mapping[category] && !purposes.some((p) => p.key === mapping[category]) ? (
                <option value={mapping[category]}>{mapping[category]}</option>
              ) : null}
            </SelectField>
          )
        })}
        {setup.can.write ? (
          <TextField
            id="mapping-note"
            label={t('cookies.note')}
            optional
            maxLength={500}
            value={note}
            onChange={setNote}
            error={errors.fieldError('note')}
          />
        ) : null}
      </div>
      {setup.can.write ? (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="mapping-save">
            {t('cookies.saveMapping')}
          </button>
        </div>
      ) : null}
    </form>
  )
}

function SettingsForm({ slug, setup, onSaved }: { slug: string; setup: CookieSetup; onSaved: () => void }) {
  const { t } = useTranslation()
  const [urls, setUrls] = useState(setup.settings.scanUrls.join('\n'))
  const [depth, setDepth] = useState(String(setup.settings.scanDepth))
  const [days, setDays] = useState(String(setup.settings.reconsentDays))
  const [busy, run] = useBusy()
  const errors = useFormErrors('settings', { fields: ['scanUrls', 'scanDepth', 'reconsentDays'] })
  const urlsError = errors.fieldError('scanUrls')

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    void run(async () => {
      try {
        await call(
          api.PUT('/api/v1/orgs/{slug}/cookies/settings', {
            params: { path: { slug } },
            body: {
              scanUrls: urls
                .split(/\s+/)
                .map((u) => u.trim())
                .filter(Boolean),
              scanDepth: Number(depth),
              reconsentDays: Number(days),
            },
          }),
        )
        onSaved()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="settings-title">
      <Alert>{errors.message}</Alert>
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="settings-scanUrls">{t('cookies.scanUrls')}</label>
          <p id="settings-scanUrls-hint" className="hint">
            {t('cookies.scanUrlsHint')}
          </p>
          <textarea
            id="settings-scanUrls"
            rows={3}
            value={urls}
            disabled={!setup.can.write}
            onChange={(e) => setUrls(e.target.value)}
            aria-invalid={urlsError ? true : undefined}
            aria-describedby={
              urlsError ? 'settings-scanUrls-hint settings-scanUrls-error' : 'settings-scanUrls-hint'
            }
          />
          {urlsError ? (
            <p id="settings-scanUrls-error" className="field-error" role="alert">
              {urlsError}
            </p>
          ) : null}
        </div>
        <SelectField
          id="settings-scanDepth"
          label={t('cookies.scanDepth')}
          value={depth}
          disabled={!setup.can.write}
          onChange={setDepth}
          error={errors.fieldError('scanDepth')}
        >
          {(['0', '1', '2'] as const).map((d) => (
            <option key={d} value={d}>
              {t(`cookies.depths.${d}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="settings-reconsentDays"
          type="number"
          min={1}
          max={390}
          label={t('cookies.reconsentDays')}
          value={days}
          disabled={!setup.can.write}
          onChange={setDays}
          error={errors.fieldError('reconsentDays')}
        />
      </div>
      {setup.can.write ? (
        <div className="form-actions">
          <button type="submit" className="button-secondary" disabled={busy} data-testid="settings-save">
            {t('cookies.saveSettings')}
          </button>
        </div>
      ) : null}
    </form>
  )
}
