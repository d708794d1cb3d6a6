import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { CsvFileField } from '../../components/form/CsvFileField'
import { FormShell } from '../../components/form/FormShell'
import { TextField } from '../../components/form/TextField'

/** Imports a Robinson Mail list file (CSV) with its date; the list then answers the post channel's checks. */
export function RobinsonImportForm({
  slug,
  onImported,
}: {
  slug: string
  onImported: (entries: number) => void
}) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [fileDate, setFileDate] = useState('')
  const form = useFormSubmit('robinson', { fields: ['file', 'fileDate'] })

  const submit = form.submit(
    async () => {
      const picked = file as File
      const csv = await picked.text()
      const answer = await call(
        api.POST('/api/v1/orgs/{slug}/robinson/imports', {
          params: { path: { slug }, query: { fileName: picked.name, ...(fileDate ? { fileDate } : {}) } },
          body: csv as never,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        }),
      )
      onImported(answer.consultation.entries)
    },
    () => firstProblem([!file, 'file', t('errors.required')]),
  )

  return (
    <>
      <h3 id="robinson-import-title">{t('consent.suppression.robinsonImportTitle')}</h3>
      <p>{t('consent.suppression.robinsonImportIntro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        labelledBy="robinson-import-title"
        actions={
          <button type="submit" className="button-primary" disabled={form.busy} data-testid="robinson-import">
            {form.busy ? t('consent.suppression.robinsonImporting') : t('consent.suppression.robinsonImport')}
          </button>
        }
      >
        <div className="form-grid">
          <CsvFileField
            id="robinson-file"
            label={t('consent.suppression.robinsonFile')}
            onChange={setFile}
            error={form.fieldError('file')}
          />
          <TextField
            id="robinson-fileDate"
            type="date"
            label={t('consent.suppression.robinsonFileDate')}
            hint={t('consent.suppression.robinsonFileDateHint')}
            value={fileDate}
            onChange={setFileDate}
            error={form.fieldError('fileDate')}
          />
        </div>
      </FormShell>
    </>
  )
}
