import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { TotpSetup as Setup } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { Alert } from '../feedback/Alert'
import { TextField } from '../form/TextField'

const FIELDS = ['code'] as const

/** Starts two-step verification: QR code and secret, then a first code to confirm. */
export function TotpSetup({ onEnabled }: { onEnabled: () => Promise<void> }) {
  const { t } = useTranslation()
  const [setup, setSetup] = useState<Setup | null>(null)
  const [code, setCode] = useState('')
  const [busy, run] = useBusy()
  const errors = useFormErrors('totp-setup', { fields: FIELDS })

  const start = () =>
    run(async () => {
      errors.clear()
      try {
        setSetup(await call(api.POST('/api/v1/me/totp/setup')))
      } catch (error) {
        errors.fail(error)
      }
    })

  const enable = (event: FormEvent) => {
    event.preventDefault()
    errors.clear()
    const digits = code.replace(/\s/g, '')
    if (!digits) return errors.invalid('code', t('errors.required'))
    void run(async () => {
      try {
        await call(api.POST('/api/v1/me/totp/enable', { body: { code: digits } }))
        await onEnabled()
      } catch (error) {
        errors.fail(error)
      }
    })
  }

  if (!setup) {
    return (
      <>
        <Alert>{errors.message}</Alert>
        <button type="button" className="button-primary" onClick={() => void start()} disabled={busy}>
          {t('account.totpStart')}
        </button>
      </>
    )
  }

  return (
    <div className="totp-setup">
      <p>{t('account.totpScan')}</p>
      <img
        className="qr-code"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrCodeSvg)}`}
        alt={t('account.qrAlt')}
        width={200}
        height={200}
        data-testid="totp-qr"
      />
      <p>{t('account.secret')}</p>
      <p>
        <code className="secret-code" data-testid="totp-secret">
          {setup.secret}
        </code>
      </p>
      <form onSubmit={enable} noValidate className="form" aria-label={t('account.totpTitle')}>
        <Alert>{errors.message}</Alert>
        <TextField
          id="totp-setup-code"
          label={t('account.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          required
          value={code}
          onChange={setCode}
          error={errors.fieldError('code')}
          className="field-short"
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('account.enable')}
          </button>
        </div>
      </form>
    </div>
  )
}
