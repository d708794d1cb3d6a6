import { useTranslation } from 'react-i18next'
import { isLanguage } from '../../../i18n/language'
import { TableWrap } from '../../TableWrap'
import { readablePath } from '../readablePath'
import type { FieldChange } from '../types'
import { formatValue } from './formatValue'

interface Props {
  changes: FieldChange[]
  caption: string
  /** A readable label for a stored value (enum values, keys of other entries), if it has one. */
  labelOf: (path: string, value: unknown) => string | undefined
}

/** A value as people read it, with the stored code below it when a label replaced a code. */
function Value({ text, code }: { text: string; code: string | undefined }) {
  if (code === undefined || code === text) return <>{text}</>
  return (
    <>
      {text}
      <span className="action-code">{code}</span>
    </>
  )
}

/** One row per changed field: where, old value, new value. */
export function ChangesTable({ changes, caption, labelOf }: Props) {
  const { t, i18n } = useTranslation()
  const format = { t, language: isLanguage(i18n.language) ? i18n.language : 'nl', labelOf } as const
  const value = (path: string, stored: unknown) => (
    <Value
      text={formatValue(path, stored, format)}
      code={typeof stored === 'string' && labelOf(path, stored) !== undefined ? stored : undefined}
    />
  )
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
                  <del>{value(c.path, c.from)}</del>
                )}
              </td>
              <td className="value-new">
                {c.type === 'removed' ? (
                  <span className="muted">{t('register.history.removed')}</span>
                ) : (
                  <ins>{value(c.path, c.to)}</ins>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
