import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SubjectImportSummary } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { Alert } from '../feedback/Alert'
import { ProblemAlert } from '../requests/ProblemAlert'
import { TableWrap } from '../TableWrap'
import { importSubjects } from './subjectApi'

/** CSV upload: check it first (dry run), read the report with line errors, then import. */
export function SubjectImportForm({ slug }: { slug: string }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<{ name: string; text: string } | null>(null)
  const [report, setReport] = useState<SubjectImportSummary | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [missing, setMissing] = useState(false)
  const [busy, run] = useBusy()
  const resultRef = useRef<HTMLDivElement>(null)

  const send = (dryRun: boolean) =>
    run(async () => {
      if (!file) return
      setError(null)
      setReport(null)
      try {
        setReport(await importSubjects(slug, file.text, dryRun))
      } catch (failure) {
        setError(failure)
      }
      resultRef.current?.focus()
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setMissing(!file)
    if (!file) return document.getElementById('subject-import-file')?.focus()
    void send(true)
  }

  return (
    <>
      <form onSubmit={submit} noValidate className="form" data-testid="subject-import-form">
        <div className="field">
          <label htmlFor="subject-import-file">{t('subjects.import.file')}</label>
          <p id="subject-import-file-hint" className="hint">
            {t('subjects.import.fileHint')}
          </p>
          <input
            type="file"
            id="subject-import-file"
            accept=".csv,text/csv"
            aria-describedby={
              missing ? 'subject-import-file-hint subject-import-file-error' : 'subject-import-file-hint'
            }
            aria-invalid={missing ? true : undefined}
            data-testid="subject-import-file"
            onChange={(e) => {
              const chosen = e.target.files?.[0]
              setReport(null)
              setError(null)
              if (!chosen) return setFile(null)
              setMissing(false)
              void chosen.text().then((text) => setFile({ name: chosen.name, text }))
            }}
          />
          {missing ? (
            <p id="subject-import-file-error" className="field-error" role="alert">
              {t('subjects.import.chooseFile')}
            </p>
          ) : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid="subject-import-check">
            {busy ? t('subjects.import.working') : t('subjects.import.check')}
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} className="import-result" data-testid="subject-import-result">
        <ProblemAlert error={error} />
        {report ? <ImportReport report={report} busy={busy} onImport={() => void send(false)} /> : null}
      </div>
    </>
  )
}

function ImportReport({
  report,
  busy,
  onImport,
}: {
  report: SubjectImportSummary
  busy: boolean
  onImport: () => void
}) {
  const { t } = useTranslation()
  return (
    <section className="card" aria-labelledby="subject-import-report-title">
      <h2 id="subject-import-report-title">
        {report.dryRun ? t('subjects.import.checkTitle') : t('subjects.import.importDone')}
      </h2>
      <p className={report.dryRun ? 'alert alert-info' : 'alert alert-success'}>
        {report.dryRun ? t('subjects.import.dryRunDone') : t('subjects.import.importDone')}
      </p>
      <dl className="summary-list">
        {(
          [
            ['lines', report.lines],
            ['imported', report.imported],
            ['merged', report.merged],
            ['failed', report.failed],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className="summary-row">
            <dt>{t(`subjects.import.${key}`)}</dt>
            <dd data-testid={`subject-import-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 ? (
        <>
          <h3>{t('subjects.import.errorsTitle')}</h3>
          {report.errorsTruncated ? <Alert>{t('subjects.import.truncated')}</Alert> : null}
          <TableWrap label={t('subjects.import.errorsTitle')}>
            <table className="table" data-testid="subject-import-errors">
              <thead>
                <tr>
                  <th scope="col">{t('subjects.import.line')}</th>
                  <th scope="col">{t('subjects.import.column')}</th>
                  <th scope="col">{t('subjects.import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e) => (
                  <tr key={`${e.line}:${e.column}:${e.message}`}>
                    <td>{e.line}</td>
                    <td>{e.column ?? t('common.none')}</td>
                    <td>{t(`subjects.import.issues.${e.code}`, { ...e.params, defaultValue: e.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
      {report.dryRun && report.lines > report.failed ? (
        <div className="form-actions">
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={onImport}
            data-testid="subject-import-run"
          >
            {busy ? t('subjects.import.working') : t('subjects.import.import')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
