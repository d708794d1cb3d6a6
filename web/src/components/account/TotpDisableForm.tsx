import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { TextField } from '../form/TextField'

const FIELDS = ['password'] as const

/** Turns two-step verification off after confirming the password. */
export function TotpDisableForm({ onDisabled }: { onDisabled: () => Promise<void> }) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const form = useFormSubmit('totp-disable', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      await call(api.POST('/api/v1/me/totp/disable', { body: { password } }))
      await onDisabled()
    },
    () => firstProblem([!password, 'password', t('errors.required')]),
  )

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      label={t('account.disable')}
      actions={
        <button type="submit" className="button-danger" disabled={form.busy}>
          {t('account.disable')}
        </button>
      }
    >
      <p>{t('account.disableIntro')}</p>
      <TextField
        id="totp-disable-password"
        label={t('account.disablePassword')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={form.fieldError('password')}
      />
    </FormShell>
  )
}
