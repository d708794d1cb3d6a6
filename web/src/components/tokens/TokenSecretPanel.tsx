import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { NewApiToken } from '../../api/types'
import { CopyButton } from '../CopyButton'

/** The secret of a new token, shown once, until the user confirms they stored it. */
export function TokenSecretPanel({ token, onDismiss }: { token: NewApiToken; onDismiss: () => void }) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="secret-panel" aria-labelledby="token-secret-title" data-testid="token-secret-panel">
      <h2 id="token-secret-title" ref={headingRef} tabIndex={-1}>
        {t('tokens.secretTitle')}
      </h2>
      <p className="warning-text">{t('tokens.secretWarning')}</p>
      <label htmlFor="token-secret" className="secret-label">
        {t('tokens.secretLabel', { name: token.name })}
      </label>
      <input
        id="token-secret"
        className="secret-value"
        readOnly
        value={token.secret}
        data-testid="token-secret"
        onFocus={(e) => e.target.select()}
      />
      <div className="form-actions">
        <CopyButton text={token.secret} />
        <button type="button" className="button-primary" onClick={onDismiss}>
          {t('tokens.dismiss')}
        </button>
      </div>
    </section>
  )
}
