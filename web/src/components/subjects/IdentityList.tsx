import { useTranslation } from 'react-i18next'
import type { SubjectIdentity } from '../../api/types'

/** Identities in a compact list: kind, then the value as the API gives it (national numbers masked). */
export function IdentityList({ identities }: { identities: SubjectIdentity[] }) {
  const { t } = useTranslation()
  if (identities.length === 0) return <span className="muted">{t('common.none')}</span>
  return (
    <ul className="plain-list identity-list">
      {identities.map((i) => (
        <li key={i.id} data-testid="identity" data-kind={i.kind}>
          <span className="identity-kind">{t(`subjects.kinds.${i.kind}`)}</span>{' '}
          <span className="identity-value">{i.display}</span>
          {i.masked ? <span className="muted"> ({t('subjects.masked')})</span> : null}
        </li>
      ))}
    </ul>
  )
}
