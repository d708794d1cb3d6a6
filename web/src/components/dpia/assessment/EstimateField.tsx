import type { Estimate } from './types'

/**
 * One half of a risk's estimate (severity or likelihood) on the assessment's scale. Choosing one half of an empty
 * estimate sets the other half to the same level; choosing no level empties the estimate.
 */
export function EstimateField({
  id,
  label,
  value,
  part,
  onChange,
  levels,
  emptyLabel,
}: {
  id: string
  label: string
  value: Estimate
  part: 'severity' | 'likelihood'
  onChange: (v: Estimate) => void
  /** The scale's level names, from 1 up. */
  levels: readonly string[]
  emptyLabel: string
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ? String(value[part]) : ''}
        onChange={(e) => {
          const n = Number(e.target.value)
          if (!n) return onChange(null)
          const other = part === 'severity' ? 'likelihood' : 'severity'
          onChange({
            ...(value ?? { severity: n, likelihood: n }),
            [part]: n,
            [other]: value?.[other] ?? n,
          } as Estimate)
        }}
      >
        <option value="">{emptyLabel}</option>
        {levels.map((level, i) => (
          <option key={level} value={i + 1}>
            {i + 1} - {level}
          </option>
        ))}
      </select>
    </div>
  )
}
