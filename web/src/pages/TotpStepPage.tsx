import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { useSession } from '../app/SessionContext'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { Alert } from '../components/feedback/Alert'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['code'] as const

/** Second sign-in step: the code from the authenticator app. */
export function TotpStepPage() {
  const { t } = useTranslation()
  const { refresh, signOut } = useSession()
  const [code, setCode] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('totp', { fields: FIELDS, overrides: { 401: t('login.totpInvalid') } })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    const digits = code.replace(/\s/g, '')
    if (!digits) return errors.invalid('code', t('errors.required'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/auth/login/totp', { body: { code: digits } }))
        await refresh()
      } catch (error) {
        errors.fail(error)
        setCode('')
      }
    })
  }

  const codeError = errors.fieldError('code')
  return (
    <>
      <PageTitle>{t('login.totpTitle')}</PageTitle>
      <p className="lead">{t('login.totpIntro')}</p>
      <form
        onSubmit={submit}
        noValidate
        className="form"
        data-testid="totp-form"
        aria-label={t('login.totpTitle')}
      >
        <Alert>{codeError ? null : errors.message}</Alert>
        <TextField
          id="totp-code"
          testId="totp-code"
          label={t('login.totpCode')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          required
          value={code}
          onChange={setCode}
          error={codeError ? (errors.message ?? codeError) : undefined}
          className="field-short"
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" data-testid="totp-submit" disabled={busy}>
            {t('login.totpSubmit')}
          </button>
          <button type="button" className="button-link" onClick={() => void signOut()}>
            {t('login.totpCancel')}
          </button>
        </div>
      </form>
    </>
  )
}
