import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useMe, useSession } from '../../app/SessionContext'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { FormShell } from '../form/FormShell'
import { TextField } from '../form/TextField'

const FIELDS = ['displayName'] as const

/** The user's name as shown to colleagues and in the audit log. */
export function DisplayNameForm() {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const [displayName, setDisplayName] = useState(me.user.displayName)
  const form = useFormSubmit('profile', { fields: FIELDS })
  const name = displayName.trim()

  const submit = form.submit(
    async () => {
      await call(api.PATCH('/api/v1/me', { body: { displayName: name } }))
      await refresh()
      return t('common.saved')
    },
    () => firstProblem([!name, 'displayName', t('errors.required')]),
  )

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      labelledBy="account-profile-title"
      announcesSuccess
      actions={
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('common.save')}
        </button>
      }
    >
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
          form.clearSuccess()
          setDisplayName(value)
        }}
        error={form.fieldError('displayName')}
      />
    </FormShell>
  )
}
