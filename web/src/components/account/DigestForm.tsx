import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useMe, useSession } from '../../app/SessionContext'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'
import { CheckboxField } from '../form/CheckboxField'

const FIELDS = ['actionDigest'] as const

/** Whether the person receives the weekly mail of their pending actions in the action plan (issue 21). */
export function DigestForm() {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const [wanted, setWanted] = useState(me.user.actionDigest)
  const [saved, setSaved] = useState(false)
  const [busy, run] = useBusy()
  const errors = useFormErrors('digest', { fields: FIELDS })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    setSaved(false)
    void run(async () => {
      try {
        await call(api.PATCH('/api/v1/me', { body: { actionDigest: wanted } }))
        await refresh()
        setSaved(true)
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="account-digest-title">
      <Alert>{errors.message}</Alert>
      <CheckboxField
        id="digest-actionDigest"
        label={t('account.digestLabel')}
        description={t('account.digestHint')}
        checked={wanted}
        onChange={(checked) => {
          setSaved(false)
          setWanted(checked)
        }}
        error={errors.fieldError('actionDigest')}
        testId="action-digest"
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
