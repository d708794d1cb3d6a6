import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { ApiError, call } from '../api/problem'
import { useRouter } from '../app/RouterContext'
import { useSession } from '../app/SessionContext'
import { useBusy } from '../app/useBusy'
import { useFormErrors } from '../app/useFormErrors'
import { Alert } from '../components/feedback/Alert'
import { NewPasswordFields } from '../components/form/NewPasswordFields'
import { MIN_PASSWORD_LENGTH } from '../components/form/passwordRules'
import { PageTitle } from '../components/layout/PageTitle'

const FIELDS = ['password', 'confirm', 'token'] as const

/** Choose a (new) password with the token from a reset or invitation mail. */
export function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [linkInvalid, setLinkInvalid] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('reset', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setLinkInvalid(false)
    if (password.length < MIN_PASSWORD_LENGTH) return errors.invalid('password', t('errors.passwordTooShort'))
    if (password !== confirm) return errors.invalid('confirm', t('errors.passwordsDiffer'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }))
        await refresh()
        navigate({ name: 'sign-in', notice: 'password-set' })
      } catch (error) {
        errors.fail(error)
        setLinkInvalid(
          error instanceof ApiError && Boolean(error.problem?.errors?.some((e) => e.path === 'body.token')),
        )
      }
    })
  }

  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      <p className="lead">{t('reset.intro')}</p>
      <form onSubmit={submit} noValidate className="form" aria-label={t('reset.title')}>
        {linkInvalid ? (
          <Alert>
            {t('reset.invalidLink')} <a href="#/forgot-password">{t('reset.newLink')}</a>
          </Alert>
        ) : (
          <Alert>{errors.message}</Alert>
        )}
        <NewPasswordFields
          passwordId="reset-password"
          confirmId="reset-confirm"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          passwordLabel={t('reset.password')}
          confirmLabel={t('reset.confirm')}
          passwordError={errors.fieldError('password')}
          confirmError={errors.fieldError('confirm')}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('reset.submit')}
          </button>
          <a href="#/sign-in">{t('forgot.back')}</a>
        </div>
      </form>
    </>
  )
}
