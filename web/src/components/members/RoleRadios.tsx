import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '../../api/types'

interface Props {
  name: string
  legend: string
  value: Role
  onChange: (role: Role) => void
}

/** The four roles as radio buttons, each with its one-line explanation. */
export function RoleRadios({ name, legend, value, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {ROLES.map((role) => {
        const id = `${name}-${role}`
        return (
          <div key={role} className="radio-field">
            <input
              type="radio"
              id={id}
              name={name}
              value={role}
              checked={value === role}
              onChange={() => onChange(role)}
              aria-describedby={`${id}-description`}
            />
            <div>
              <label htmlFor={id}>{t(`roles.${role}`)}</label>
              <p id={`${id}-description`} className="hint">
                {t(`roleDescriptions.${role}`)}
              </p>
            </div>
          </div>
        )
      })}
    </fieldset>
  )
}
