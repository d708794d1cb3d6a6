import { useTranslation } from 'react-i18next'
import type { Flags } from '../lookup'

/** Warning badges for a data category that needs an extra legal ground. */
export function SensitivityBadges({ flags }: { flags: Flags }) {
  const { t } = useTranslation()
  if (!flags.special && !flags.criminal && !flags.nationalNumber) return null
  return (
    <span className="badges">
      {flags.special ? <span className="badge badge-warning">{t('register.flags.special')}</span> : null}
      {flags.criminal ? <span className="badge badge-warning">{t('register.flags.criminal')}</span> : null}
      {flags.nationalNumber ? (
        <span className="badge badge-warning">{t('register.flags.nationalNumber')}</span>
      ) : null}
    </span>
  )
}
