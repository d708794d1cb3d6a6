import { useTranslation } from 'react-i18next'
import type { SubjectIdentity } from '../../api/types'

/**
 * The age a national register number tells: minor, adult, or why it is unknown (the number holds only the birth
 * year, year and month, or no birth date). Nothing for other identities.
 */
export function IdentityAge({ age }: { age: SubjectIdentity['age'] }) {
  const { t } = useTranslation()
  if (!age) return null
  const text =
    age.status !== 'unknown'
      ? t(`subjects.age.${age.status}`)
      : age.birthDateKnown === 'year' || age.birthDateKnown === 'month'
        ? t(`subjects.age.unknown_${age.birthDateKnown}`)
        : t('subjects.age.unknown_none')
  return (
    <div className="hint" data-testid="identity-age" data-status={age.status}>
      {text}
    </div>
  )
}
