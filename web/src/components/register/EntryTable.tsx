import type { ReactNode } from 'react'
import { TableWrap } from '../TableWrap'

export interface Column<T> {
  header: string
  cell: (entry: T) => ReactNode
  className?: string
}

interface Props<T extends { key: string }> {
  label: string
  entries: T[]
  /** The first column: the entry's name, linking to its editor. */
  name: (entry: T) => string
  href: (entry: T) => string
  nameHeader: string
  columns: Column<T>[]
  empty: string
  testId: string
}

/** A table of register entries: the name links to the editor, the key is shown below it. */
export function EntryTable<T extends { key: string }>(props: Props<T>) {
  const { entries, columns } = props
  if (entries.length === 0) return <p data-testid={`${props.testId}-empty`}>{props.empty}</p>
  return (
    <TableWrap label={props.label}>
      <table className="table" data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">{props.nameHeader}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key} data-testid={`${props.testId}-row`}>
              <th scope="row">
                <a href={props.href(entry)}>{props.name(entry) || entry.key}</a>
                <span className="action-code">{entry.key}</span>
              </th>
              {columns.map((c) => (
                <td key={c.header} className={c.className}>
                  {c.cell(entry)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
