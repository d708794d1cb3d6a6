import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useMe, useSession } from '../../app/SessionContext'
import { useFormSubmit } from '../../app/useFormSubmit'
import { CheckboxField } from '../form/CheckboxField'
import { FormShell } from '../form/FormShell'

const FIELDS = ['actionDigest'] as const

/** Whether the person receives the weekly mail of their pending actions in the action plan (issue 21). */
export function DigestForm() {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const [wanted, setWanted] = useState(me.user.actionDigest)
  const form = useFormSubmit('digest', { fields: FIELDS })

  const submit = form.submit(async () => {
    await call(api.PATCH('/api/v1/me', { body: { actionDigest: wanted } }))
    await refresh()
    return t('common.saved')
  })

  return (
    <FormShell
      form={form}
      onSubmit={submit}
      labelledBy="account-digest-title"
      announcesSuccess
      actions={
        <button type="submit" className="button-primary" disabled={form.busy}>
          {t('common.save')}
        </button>
      }
    >
      <CheckboxField
        id="digest-actionDigest"
        label={t('account.digestLabel')}
        description={t('account.digestHint')}
        checked={wanted}
        onChange={(checked) => {
          form.clearSuccess()
          setWanted(checked)
        }}
        error={form.fieldError('actionDigest')}
        testId="action-digest"
      />
    </FormShell>
  )
}
