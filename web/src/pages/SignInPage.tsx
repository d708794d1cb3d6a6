import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import { type SignedOutReason, useSession } from '../app/SessionContext'
import { firstProblem } from '../app/submitForm'
import { useFormSubmit } from '../app/useFormSubmit'
import { Notice } from '../components/feedback/Notice'
import { FormShell } from '../components/form/FormShell'
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
  const form = useFormSubmit('login', {
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

  const submit = form.submit(
    async () => {
      await call(api.POST('/api/v1/auth/login', { body: { email: email.trim(), password } }))
      await refresh()
    },
    () =>
      firstProblem(
        [!email.trim(), 'email', t('errors.required')],
        [!password, 'password', t('errors.required')],
      ),
  )

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      <p className="lead">{t('login.intro')}</p>
      <Notice tone="info">{info}</Notice>
      <FormShell
        form={form}
        onSubmit={submit}
        testId="login-form"
        label={t('login.title')}
        actions={
          <>
            <button type="submit" className="button-primary" data-testid="login-submit" disabled={form.busy}>
              {form.busy ? t('login.submitting') : t('login.submit')}
            </button>
            <a href="#/forgot-password">{t('login.forgot')}</a>
          </>
        }
      >
        <TextField
          id="login-email"
          testId="login-email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={form.fieldError('email')}
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
          error={form.fieldError('password')}
        />
      </FormShell>
    </>
  )
}
