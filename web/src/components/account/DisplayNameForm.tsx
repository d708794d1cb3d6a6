import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useMe, useSession } from '../../app/SessionContext'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { TextField } from '../form/TextField'

const FIELDS = ['displayName'] as const

/** The user's name as shown to colleagues and in the audit log. */
export function DisplayNameForm() {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const [displayName, setDisplayName] = useState(me.user.displayName)
  const [saved, setSaved] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('profile', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(false)
    const name = displayName.trim()
    if (!name) return errors.invalid('displayName', t('errors.required'))
    void run(async () => {
      try {
        await call(api.PATCH('/api/v1/me', { body: { displayName: name } }))
        await refresh()
        setSaved(true)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="account-profile-title">
      <Alert>{errors.message}</Alert>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>{t('account.email')}</dt>
          <dd>{me.user.email}</dd>
        </div>
      </dl>
      <TextField
        id="profile-displayName"
        label={t('account.displayName')}
        required
        maxLength={120}
        autoComplete="name"
        value={displayName}
        onChange={(value) => {
          setSaved(false)
          setDisplayName(value)
        }}
        error={errors.fieldError('displayName')}
      />
      <Notice>{saved ? t('common.saved') : null}</Notice>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
