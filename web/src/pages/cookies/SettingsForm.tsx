import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { CookieSetup } from './types'

const FIELDS = ['scanUrls', 'scanDepth', 'reconsentDays'] as const

/** The scanner's settings (the pages it starts from, how deep it follows links) and the re-consent period. */
export function SettingsForm({
  slug,
  setup,
  onSaved,
}: {
  slug: string
  setup: CookieSetup
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const [urls, setUrls] = useState(setup.settings.scanUrls.join('\n'))
  const [depth, setDepth] = useState(String(setup.settings.scanDepth))
  const [days, setDays] = useState(String(setup.settings.reconsentDays))
  const form = useFormSubmit('settings', { fields: FIELDS })
  const urlsError = form.fieldError('scanUrls')

  const submit = form.submit(async () => {
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
  })

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      labelledBy="settings-title"
      actions={
        setup.can.write ? (
          <button type="submit" className="button-secondary" disabled={form.busy} data-testid="settings-save">
            {t('cookies.saveSettings')}
          </button>
        ) : undefined
      }
    >
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
          error={form.fieldError('scanDepth')}
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
          error={form.fieldError('reconsentDays')}
        />
      </div>
    </FormShell>
  )
}
