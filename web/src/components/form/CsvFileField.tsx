interface Props {
  id: string
  label: string
  onChange: (file: File | null) => void
  error?: string | undefined
}

/** A labelled choice of one CSV file, with its error message linked through aria-describedby. */
export function CsvFileField({ id, label, onChange, error }: Props) {
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
