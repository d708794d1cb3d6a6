import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { useSession } from '../app/SessionContext'
import { firstProblem } from '../app/submitForm'
import { useFormSubmit } from '../app/useFormSubmit'
import { Alert } from '../components/feedback/Alert'
import { FormShell } from '../components/form/FormShell'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['code'] as const

/** Second sign-in step: the code from the authenticator app. */
export function TotpStepPage() {
  const { t } = useTranslation()
  const { refresh, signOut } = useSession()
  const [code, setCode] = useState('')
  const form = useFormSubmit('totp', { fields: FIELDS, overrides: { 401: t('login.totpInvalid') } })

  const digits = code.replace(/\s/g, '')
  const submit = form.submit(
    async () => {
      try {
        await call(api.POST('/api/v1/auth/login/totp', { body: { code: digits } }))
        await refresh()
      } catch (error) {
        // A refused code is typed again from scratch.
        setCode('')
        throw error
      }
    },
    () => firstProblem([!digits, 'code', t('errors.required')]),
  )

  const codeError = form.fieldError('code')
  return (
    <>
      <PageTitle>{t('login.totpTitle')}</PageTitle>
      <p className="lead">{t('login.totpIntro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        testId="totp-form"
        label={t('login.totpTitle')}
        // A refused code is said at the field, not twice.
        alert={<Alert>{codeError ? null : form.message}</Alert>}
        actions={
          <>
            <button type="submit" className="button-primary" data-testid="totp-submit" disabled={form.busy}>
              {t('login.totpSubmit')}
            </button>
            <button type="button" className="button-link" onClick={() => void signOut()}>
              {t('login.totpCancel')}
            </button>
          </>
        }
      >
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
          error={codeError ? (form.message ?? codeError) : undefined}
          className="field-short"
        />
      </FormShell>
    </>
  )
}
