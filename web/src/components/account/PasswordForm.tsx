import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
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
  const form = useFormSubmit('password', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      await call(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next } }))
      setCurrent('')
      setNext('')
      setConfirm('')
      return t('account.passwordChanged')
    },
    () =>
      firstProblem(
        [!current, 'currentPassword', t('errors.required')],
        [next.length < MIN_PASSWORD_LENGTH, 'newPassword', t('errors.passwordTooShort')],
        [next !== confirm, 'confirm', t('errors.passwordsDiffer')],
      ),
  )

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      labelledBy="account-password-title"
      announcesSuccess
      actions={
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('account.changePassword')}
        </button>
      }
    >
      <TextField
        id="password-currentPassword"
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
        error={form.fieldError('currentPassword')}
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
        passwordError={form.fieldError('newPassword')}
        confirmError={form.fieldError('confirm')}
      />
    </FormShell>
  )
}
