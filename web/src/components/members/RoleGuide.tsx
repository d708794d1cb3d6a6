import { useTranslation } from 'react-i18next'
import { ROLES } from '../../api/types'

/** One line per role explaining what it may do. */
export function RoleGuide() {
  const { t } = useTranslation()
  return (
    <dl className="role-guide">
      {ROLES.map((role) => (
        <div key={role} className="role-guide-row">
          <dt>{t(`roles.${role}`)}</dt>
          <dd>{t(`roleDescriptions.${role}`)}</dd>
        </div>
      ))}
    </dl>
  )
}
