import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { ApiError, call } from '../api/problem'
import { useRouter } from '../app/RouterContext'
import { useSession } from '../app/SessionContext'
import { firstProblem } from '../app/submitForm'
import { useFormSubmit } from '../app/useFormSubmit'
import { Alert } from '../components/feedback/Alert'
import { FormShell } from '../components/form/FormShell'
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
  const form = useFormSubmit('reset', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      setLinkInvalid(false)
      try {
        await call(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }))
      } catch (error) {
        setLinkInvalid(
          error instanceof ApiError && Boolean(error.problem?.errors?.some((e) => e.path === 'body.token')),
        )
        throw error
      }
      await refresh()
      navigate({ name: 'sign-in', notice: 'password-set' })
    },
    () => {
      setLinkInvalid(false)
      return firstProblem(
        [password.length < MIN_PASSWORD_LENGTH, 'password', t('errors.passwordTooShort')],
        [password !== confirm, 'confirm', t('errors.passwordsDiffer')],
      )
    },
  )

  return (
    <>
      <PageTitle>{t('reset.title')}</PageTitle>
      <p className="lead">{t('reset.intro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        label={t('reset.title')}
        alert={
          linkInvalid ? (
            <Alert>
              {t('reset.invalidLink')} <a href="#/forgot-password">{t('reset.newLink')}</a>
            </Alert>
          ) : undefined
        }
        actions={
          <>
            <button type="submit" className="button-primary" disabled={form.busy}>
              {t('reset.submit')}
            </button>
            <a href="#/sign-in">{t('forgot.back')}</a>
          </>
        }
      >
        <NewPasswordFields
          passwordId="reset-password"
          confirmId="reset-confirm"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          passwordLabel={t('reset.password')}
          confirmLabel={t('reset.confirm')}
          passwordError={form.fieldError('password')}
          confirmError={form.fieldError('confirm')}
        />
      </FormShell>
    </>
  )
}
