import { useTranslation } from 'react-i18next'
import { MIN_PASSWORD_LENGTH } from './passwordRules'
import { TextField } from './TextField'

interface Props {
  passwordId: string
  confirmId: string
  password: string
  confirm: string
  onPassword: (value: string) => void
  onConfirm: (value: string) => void
  passwordLabel: string
  confirmLabel: string
  passwordError: string | undefined
  confirmError: string | undefined
}

/** A new password and its repetition, with the length rule as hint. */
export function NewPasswordFields(props: Props) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        id={props.passwordId}
        label={props.passwordLabel}
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        hint={t('reset.hint')}
        value={props.password}
        onChange={props.onPassword}
        error={props.passwordError}
      />
      <TextField
        id={props.confirmId}
        label={props.confirmLabel}
        type="password"
        autoComplete="new-password"
        required
        value={props.confirm}
        onChange={props.onConfirm}
        error={props.confirmError}
      />
    </>
  )
}
