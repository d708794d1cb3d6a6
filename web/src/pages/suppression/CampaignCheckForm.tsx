import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { CsvFileField } from '../../components/form/CsvFileField'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { type LocalizedText, textIn } from '../../components/register/localized'
import { CHANNELS, type Channel } from './options'

/** A consent purpose of the register the campaign check can read each line's consent for. */
export interface ConsentPurposeOption {
  key: string
  label: LocalizedText
}

/** Checks a campaign file (CSV in) against the lists for one channel and offers the checked CSV for download. */
export function CampaignCheckForm({ slug, purposes }: { slug: string; purposes: ConsentPurposeOption[] }) {
  const { t, i18n } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [channel, setChannel] = useState<Channel>('email')
  const [purpose, setPurpose] = useState('')
  const [result, setResult] = useState<{ url: string; name: string; lines: number } | null>(null)
  const form = useFormSubmit('campaign', { fields: ['file', 'channel', 'purpose'] })
  useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result])

  const submit = form.submit(
    async () => {
      const csv = await (file as File).text()
      const answer = await call(
        api.POST('/api/v1/orgs/{slug}/suppression/check-file', {
          params: { path: { slug }, query: { channel, ...(purpose ? { purpose } : {}) } },
          body: csv as never,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
          parseAs: 'text',
        }),
      )
      const text = String(answer)
      const lines = Math.max(0, text.trim().split(/\r?\n/).length - 1)
      setResult({
        url: URL.createObjectURL(new Blob([text], { type: 'text/csv' })),
        name: `campaign-checked-${channel}.csv`,
        lines,
      })
    },
    () => firstProblem([!file, 'file', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="check-title">
      <div className="form-grid">
        <CsvFileField
          id="campaign-file"
          label={t('consent.suppression.checkFile')}
          onChange={(picked) => {
            setFile(picked)
            setResult(null)
          }}
          error={form.fieldError('file')}
        />
        <SelectField
          id="campaign-channel"
          label={t('consent.suppression.checkChannel')}
          value={channel}
          onChange={(v) => setChannel(v as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`consent.suppression.channels.${c}`)}
            </option>
          ))}
        </SelectField>
        {purposes.length > 0 ? (
          <SelectField
            id="campaign-purpose"
            label={t('consent.suppression.checkPurpose')}
            hint={t('consent.suppression.checkPurposeHint')}
            value={purpose}
            onChange={(v) => {
              setPurpose(v)
              setResult(null)
            }}
            error={form.fieldError('purpose')}
          >
            <option value="">{t('consent.suppression.checkNoPurpose')}</option>
            {purposes.map((p) => (
              <option key={p.key} value={p.key}>
                {textIn(p.label, i18n.language as 'nl' | 'fr' | 'en') ?? p.key}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy} data-testid="campaign-check">
          {form.busy ? t('consent.suppression.checking') : t('consent.suppression.check')}
        </button>
      </div>
      {result ? (
        <p role="status">
          <a href={result.url} download={result.name} data-testid="campaign-download">
            {t('consent.suppression.download', { lines: result.lines })}
          </a>
        </p>
      ) : null}
    </FormShell>
  )
}
