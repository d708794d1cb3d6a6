interface Props {
  label: string
  value: number | null
  href: string
  /** Shown after the number when the server returned only a first page. */
  more?: boolean
}

/** One figure of the overview, linking to the page with the details. */
export function CountCard({ label, value, href, more }: Props) {
  return (
    <li className="count-card">
      <a href={href}>
        <span className="count-value">
          {value ?? '—'}
          {more ? '+' : ''}
        </span>
        <span className="count-label">{label}</span>
      </a>
    </li>
  )
}
