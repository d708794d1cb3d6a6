import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { Alert } from '../components/feedback/Alert'
import { Notice } from '../components/feedback/Notice'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['email'] as const

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation()
  const [email, setEmail] = useState('')
  const [sent, setSent] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('forgot', { fields: FIELDS, overrides: { 429: t('errors.tooMany') } })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSent(false)
    if (!email.trim()) return errors.invalid('email', t('errors.required'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }))
        setSent(true)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <>
      <PageTitle>{t('forgot.title')}</PageTitle>
      <p className="lead">{t('forgot.intro')}</p>
      <Notice>{sent ? t('forgot.sent') : null}</Notice>
      <form onSubmit={submit} noValidate className="form" aria-label={t('forgot.title')}>
        <Alert>{errors.message}</Alert>
        <TextField
          id="forgot-email"
          label={t('login.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={errors.fieldError('email')}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('forgot.submit')}
          </button>
          <a href="#/sign-in">{t('forgot.back')}</a>
        </div>
      </form>
    </>
  )
}
