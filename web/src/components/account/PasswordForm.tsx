import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { NewPasswordFields } from '../form/NewPasswordFields'
import { MIN_PASSWORD_LENGTH } from '../form/passwordRules'
import { TextField } from '../form/TextField'

const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const

/** Change the password; the server ends the user's other sessions. */
export function PasswordForm() {
  const { t } = useTranslation()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [done, setDone] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('password', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setDone(false)
    if (!current) return errors.invalid('currentPassword', t('errors.required'))
    if (next.length < MIN_PASSWORD_LENGTH) return errors.invalid('newPassword', t('errors.passwordTooShort'))
    if (next !== confirm) return errors.invalid('confirm', t('errors.passwordsDiffer'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } }))
        setCurrent('')
        setNext('')
        setConfirm('')
        setDone(true)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="account-password-title">
      <Alert>{errors.message}</Alert>
      <TextField
        id="password-currentPassword"
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
        error={errors.fieldError('currentPassword')}
      />
      <NewPasswordFields
        passwordId="password-newPassword"
        confirmId="password-confirm"
        password={next}
        confirm={confirm}
        onPassword={setNext}
        onConfirm={setConfirm}
        passwordLabel={t('account.newPassword')}
        confirmLabel={t('account.confirmPassword')}
        passwordError={errors.fieldError('newPassword')}
        confirmError={errors.fieldError('confirm')}
      />
      <Notice>{done ? t('account.passwordChanged') : null}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('account.changePassword')}
        </button>
      </div>
    </form>
  )
}
