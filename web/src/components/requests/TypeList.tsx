import { useTranslation } from 'react-i18next'
import type { RequestType } from '../../api/types'

/** The rights of a request: short names in a table, full names elsewhere. */
export function TypeList({ types, long = false }: { types: readonly RequestType[]; long?: boolean }) {
  const { t } = useTranslation()
  if (long) {
    return (
      <ul className="value-list" data-testid="request-types">
        {types.map((type) => (
          <li key={type}>{t(`requests.types.${type}.label`)}</li>
        ))}
      </ul>
    )
  }
  return <>{types.map((type) => t(`requests.types.${type}.short`)).join(', ')}</>
}
