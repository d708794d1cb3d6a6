import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '../../api/types'

interface Props {
  id: string
  label: string
  value: Role
  onChange: (role: Role) => void
  disabled?: boolean
}

/** Role picker for a table row; the label is only there for screen readers. */
export function RoleSelect({ id, label, value, onChange, disabled }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const role = ROLES.find((r) => r === e.target.value)
          if (role) onChange(role)
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </>
  )
}
