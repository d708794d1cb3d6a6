import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { TextField } from '../form/TextField'

const FIELDS = ['password'] as const

/** Turns two-step verification off after confirming the password. */
export function TotpDisableForm({ onDisabled }: { onDisabled: () => Promise<void> }) {
  const { t } = useTranslation()
  const [password, setPassword] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('totp-disable', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!password) return errors.invalid('password', t('errors.required'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/me/totp/disable', { body: { password } }))
        await onDisabled()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label={t('account.disable')}>
      <p>{t('account.disableIntro')}</p>
      <Alert>{errors.message}</Alert>
      <TextField
        id="totp-disable-password"
        label={t('account.disablePassword')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.fieldError('password')}
      />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={busy}>
          {t('account.disable')}
        </button>
      </div>
    </form>
  )
}
