import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { type SignedOutReason, useSession } from '../app/SessionContext'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { Alert } from '../components/feedback/Alert'
import { Notice } from '../components/feedback/Notice'
import { TextField } from '../components/form/TextField'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['email', 'password'] as const

interface Props {
  notice: string | null
  reason: SignedOutReason
}

/** E-mail and password; a second step for the authenticator code follows when the account has one. */
export function SignInPage({ notice, reason }: Props) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('login', {
    fields: FIELDS,
    overrides: { 401: t('login.invalid'), 429: t('errors.tooMany') },
  })

  const info =
    notice === 'password-set'
      ? t('login.passwordSet')
      : reason === 'expired'
        ? t('login.sessionEnded')
        : reason === 'signed-out'
          ? t('login.signedOut')
          : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    if (!email.trim()) return errors.invalid('email', t('errors.required'))
    if (!password) return errors.invalid('password', t('errors.required'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }))
        await refresh()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      <p className="lead">{t('login.intro')}</p>
      <Notice tone="info">{info}</Notice>
      <form
        onSubmit={submit}
        noValidate
        data-testid="login-form"
        className="form"
        aria-label={t('login.title')}
      >
        <Alert>{errors.message}</Alert>
        <TextField
          id="login-email"
          testId="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={errors.fieldError('email')}
        />
        <TextField
          id="login-password"
          testId="login-password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errors.fieldError('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" data-testid="login-submit" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
          <a href="#/forgot-password">{t('login.forgot')}</a>
        </div>
      </form>
    </>
  )
}
