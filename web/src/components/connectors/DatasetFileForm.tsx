import { type FormEvent, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useBusy } from '../../app/useBusy'
import { SourceProblems } from './SourceProblems'

interface Props {
  /** Prefix of the element ids (the textarea is `${id}-source`). */
  id: string
  source: string
  onChange: (source: string) => void
  /** Saves and says whether it worked; a failure is shown through `error` (the text stays as typed). */
  onSubmit: () => Promise<boolean>
  error: unknown
  submitLabel: string
  readOnly?: boolean
  /** Offers a file input that loads a YAML or JSON file into the editor. */
  upload?: boolean
  hint?: string
}

/**
 * The dataset file as text: a large monospace editor, an optional file to load into it, and Save. When the server
 * refuses the file, its problems are listed with their lines and the text is left exactly as it was.
 */
export function DatasetFileForm({
  id,
  source,
  onChange,
  onSubmit,
  error,
  submitLabel,
  readOnly,
  upload,
  hint,
}: Props) {
  const { t } = useTranslation()
  const [busy, run] = useBusy()
  const problemsRef = useRef<HTMLDivElement>(null)
  const textareaId = `${id}-source`
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      if (!(await onSubmit())) problemsRef.current?.focus()
    })
  }
  return (
    <form onSubmit={submit} noValidate className="dataset-file-form" data-testid={`${id}-form`}>
      {upload ? (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('connectors.editor.file')}</label>
          <p id={`${id}-file-hint`} className="hint">
            {t('connectors.editor.fileHint')}
          </p>
          <input
            type="file"
            id={`${id}-file`}
            accept=".yaml,.yml,.json,application/json,text/yaml"
            aria-describedby={`${id}-file-hint`}
            data-testid={`${id}-file`}
            onChange={(e) => {
              const chosen = e.target.files?.[0]
              if (chosen) void chosen.text().then(onChange)
            }}
          />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={textareaId}>{t('connectors.editor.label')}</label>
        <p id={`${textareaId}-hint`} className="hint">
          {hint ?? t('connectors.editor.hint')}
        </p>
        <textarea
          id={textareaId}
          className="source-editor"
          value={source}
          onChange={(e) => onChange(e.target.value)}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          rows={28}
          aria-describedby={`${textareaId}-hint`}
          aria-invalid={error ? true : undefined}
          data-testid={`${id}-source`}
        />
      </div>
      <div ref={problemsRef} tabIndex={-1} className="source-result">
        {error ? <SourceProblems error={error} textareaId={textareaId} /> : null}
      </div>
      {readOnly ? null : (
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy} data-testid={`${id}-save`}>
            {busy ? t('common.saving') : submitLabel}
          </button>
        </div>
      )}
    </form>
  )
}
