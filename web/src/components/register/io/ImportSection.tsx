import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../api/problem'
import { useBusy } from '../../../app/useBusy'
import { ErrorMessage } from '../../feedback/ErrorMessage'
import { CheckboxField } from '../../form/CheckboxField'
import { type ImportMode, importRegisterFile } from '../registerApi'
import type { ImportReport } from '../types'
import { ImportProblems } from './ImportProblems'
import { ImportReportView } from './ImportReportView'

const MODES: readonly ImportMode[] = ['merge', 'replace']

/** Upload of a register file: check it first (dry run), read the report, then import for real. */
export function ImportSection({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<{ name: string; text: string } | null>(null)
  const [mode, setMode] = useState<ImportMode>('merge')
  const [dryRun, setDryRun] = useState(true)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const resultRef = useRef<HTMLDivElement>(null)

  const send = (asDryRun: boolean) =>
    run(async () => {
      if (!file) return
      setError(null)
      setReport(null)
      try {
        const result = await importRegisterFile(slug, file, mode, asDryRun)
        setReport(result)
      } catch (failure) {
        setError(failure)
      }
      resultRef.current?.focus()
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!file) {
      setError(new Error(t('register.io.chooseFile')))
      resultRef.current?.focus()
      return
    }
    void send(dryRun)
  }

  const problems = error instanceof ApiError && error.status === 422 ? (error.problem?.errors ?? []) : []
  return (
    <section aria-labelledby="import-title" className="card" data-testid="import-section">
      <h2 id="import-title">{t('register.io.importTitle')}</h2>
      <p className="hint">{t('register.io.importIntro')}</p>
      <form onSubmit={submit} noValidate className="form" data-testid="import-form">
        <div className="field">
          <label htmlFor="import-file">{t('register.io.file')}</label>
          <p id="import-file-hint" className="hint">
            {t('register.io.fileHint')}
          </p>
          <input
            type="file"
            id="import-file"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            aria-describedby="import-file-hint"
            data-testid="import-file"
            onChange={(e) => {
              const chosen = e.target.files?.[0]
              setReport(null)
              setError(null)
              if (!chosen) return setFile(null)
              void chosen.text().then((text) => setFile({ name: chosen.name, text }))
            }}
          />
        </div>
        <fieldset className="fieldset fieldset-nested">
          <legend>{t('register.io.mode')}</legend>
          {MODES.map((m) => (
            <div key={m} className="radio-field">
              <input
                type="radio"
                id={`import-mode-${m}`}
                name="import-mode"
                checked={mode === m}
                onChange={() => {
                  setMode(m)
                  setReport(null)
                }}
                aria-describedby={`import-mode-${m}-hint`}
              />
              <div>
                <label htmlFor={`import-mode-${m}`}>{t(`register.io.modes.${m}`)}</label>
                <p id={`import-mode-${m}-hint`} className="hint">
                  {t(`register.io.modeHints.${m}`)}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <CheckboxField
          id="import-dry-run"
          label={t('register.io.dryRun')}
          description={t('register.io.dryRunHint')}
          checked={dryRun}
          onChange={setDryRun}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="import-submit">
            {busy ? t('register.io.working') : dryRun ? t('register.io.check') : t('register.io.import')}
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} className="import-result" data-testid="import-result">
        {problems.length > 0 ? (
          <ImportProblems problems={problems} />
        ) : error instanceof Error && !(error instanceof ApiError) ? (
          <p className="alert alert-error" role="alert">
            {error.message}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        {report ? (
          <ImportReportView
            report={report}
            busy={busy}
            onImport={report.dryRun ? () => void send(false) : undefined}
          />
        ) : null}
      </div>
    </section>
  )
}
