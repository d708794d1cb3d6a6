/** A labelled three-row text area of the DPIA form. */
export function AssessmentTextArea({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
