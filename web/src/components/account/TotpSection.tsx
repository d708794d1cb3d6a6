import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe, useSession } from '../../app/SessionContext'
import { Notice } from '../feedback/Notice'
import { TotpDisableForm } from './TotpDisableForm'
import { TotpSetup } from './TotpSetup'

/** Status of two-step verification with the way to turn it on or off. */
export function TotpSection() {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const [notice, setNotice] = useState<string | null>(null)
  const enabled = me.user.totpEnabled

  const changed = (message: string) => async () => {
    await refresh()
    setNotice(message)
  }

  return (
    <>
      <Notice>{notice}</Notice>
      <p className={enabled ? 'status-on' : 'status-off'}>
        {enabled ? t('account.totpOn') : t('account.totpOff')}
      </p>
      {enabled ? (
        <TotpDisableForm onDisabled={changed(t('account.disabled'))} />
      ) : (
        <TotpSetup onEnabled={changed(t('account.enabled'))} />
      )}
    </>
  )
}
