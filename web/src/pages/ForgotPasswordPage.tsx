import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { firstProblem } from '../app/submitForm'
import { useFormSubmit } from '../app/useFormSubmit'
import { Notice } from '../components/feedback/Notice'
import { FormShell } from '../components/form/FormShell'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['email'] as const

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const form = useFormSubmit('forgot', { fields: FIELDS, overrides: { 429: t('errors.tooMany') } })

  const submit = form.submit(
    async () => {
      await call(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }))
      return t('forgot.sent')
    },
    () => firstProblem([!email.trim(), 'email', t('errors.required')]),
  )

  return (
    <>
      <PageTitle>{t('forgot.title')}</PageTitle>
      <p className="lead">{t('forgot.intro')}</p>
      <Notice>{form.done}</Notice>
      <FormShell
        form={form}
        onSubmit={submit}
        label={t('forgot.title')}
        actions={
          <>
            <button type="submit" className="button-primary" disabled={form.busy}>
              {t('forgot.submit')}
            </button>
            <a href="#/sign-in">{t('forgot.back')}</a>
          </>
        }
      >
        <TextField
          id="forgot-email"
          label={t('login.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
        />
      </FormShell>
    </>
  )
}
