import type { ReactNode } from 'react'

/** A term and its value; a list of values is shown as a bulleted list. */
export type SummaryRow = [term: string, value: ReactNode | ReactNode[]]

const isEmpty = (value: SummaryRow[1]) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** A read-only description list; rows without a value are left out. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const shown = rows.filter(([, value]) => !isEmpty(value))
  return (
    <dl className="summary-list">
      {shown.map(([term, value]) => (
        <div key={term} className="summary-row">
          <dt>{term}</dt>
          <dd>{Array.isArray(value) ? <ValueList items={value} /> : value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** A list of values as a bulleted list, or nothing when empty. */
export function ValueList({ items }: { items: ReactNode[] }) {
  if (items.length === 0) return null
  return (
    <ul className="value-list">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list
        <li key={i}>{item}</li>
      ))}
    </ul>
  )
}
