import { useTranslation } from 'react-i18next'
import { TableWrap } from '../../TableWrap'
import { readablePath } from '../readablePath'
import type { FieldChange } from '../types'

/** A value of the register as short text: strings as they are, lists and objects as compact JSON. */
function show(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

interface Props {
  changes: FieldChange[]
  caption: string
  /** A readable label for a stored value (enum values, keys of other entries), if it has one. */
  labelOf: (path: string, value: unknown) => string | undefined
}

/** A value: its label with the stored value below it, or the stored value alone. */
function Value({ label, raw }: { label: string | undefined; raw: string }) {
  if (label === undefined || label === raw) return <>{raw}</>
  return (
    <>
      {label}
      <span className="action-code">{raw}</span>
    </>
  )
}

/** One row per changed field: where, old value, new value. */
export function ChangesTable({ changes, caption, labelOf }: Props) {
  const { t } = useTranslation()
  return (
    <TableWrap label={caption}>
      <table className="table changes-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.history.field')}</th>
            <th scope="col">{t('register.history.from')}</th>
            <th scope="col">{t('register.history.to')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.path}:${c.type}`} data-testid="change-row">
              <th scope="row">
                {readablePath(t, c.path)}
                <span className="action-code">{c.path}</span>
              </th>
              <td className="value-old">
                {c.type === 'added' ? (
                  <span className="muted">{t('register.history.none')}</span>
                ) : (
                  <del>
                    <Value label={labelOf(c.path, c.from)} raw={show(c.from)} />
                  </del>
                )}
              </td>
              <td className="value-new">
                {c.type === 'removed' ? (
                  <span className="muted">{t('register.history.removed')}</span>
                ) : (
                  <ins>
                    <Value label={labelOf(c.path, c.to)} raw={show(c.to)} />
                  </ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
