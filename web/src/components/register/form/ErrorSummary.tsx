import { useTranslation } from 'react-i18next'
import { readablePath } from '../readablePath'
import type { PathErrors } from './usePathErrors'

/**
 * The errors of a form at the top: the message, then each field problem as a link that moves focus there.
 * `labelOf` names a field by its path (default: the register's field names).
 */
export function ErrorSummary({
  errors,
  labelOf,
}: {
  errors: PathErrors
  labelOf?: (path: string) => string
}) {
  const { t } = useTranslation()
  if (!errors.message && errors.list.length === 0) return null
  const focus = (path: string) => {
    const id = errors.idOf(path)
    const target = document.getElementById(id) ?? document.getElementById(`${id}-nl`)
    target?.focus()
  }
  return (
    <div
      className="alert alert-error error-summary"
      role="alert"
      id={errors.summaryId}
      tabIndex={-1}
      data-testid="error-summary"
    >
      <p className="error-summary-title">{errors.message ?? t('errors.generic')}</p>
      {errors.list.length > 0 ? (
        <ul>
          {errors.list.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              <a
                href={`#${errors.idOf(e.path)}`}
                onClick={(event) => {
                  event.preventDefault()
                  focus(e.path)
                }}
              >
                {labelOf ? labelOf(e.path) : readablePath(t, e.path)}
              </a>
              : {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
