import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { CopyButton } from '../CopyButton'

export interface NewSecret {
  url: string
  secret: string
}

/** The signing secret of a new endpoint (or a replaced one), shown once until the user confirms storing it. */
export function SecretPanel({ created, onDismiss }: { created: NewSecret; onDismiss: () => void }) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section
      className="secret-panel"
      aria-labelledby="webhook-secret-title"
      data-testid="webhook-secret-panel"
    >
      <h2 id="webhook-secret-title" ref={headingRef} tabIndex={-1}>
        {t('webhooks.secretTitle')}
      </h2>
      <p className="warning-text">{t('webhooks.secretWarning')}</p>
      <label htmlFor="webhook-secret" className="secret-label">
        {t('webhooks.secretLabel', { url: created.url })}
      </label>
      <input
        id="webhook-secret"
        className="secret-value"
        readOnly
        value={created.secret}
        data-testid="webhook-secret"
        onFocus={(e) => e.target.select()}
      />
      <div className="form-actions">
        <CopyButton text={created.secret} />
        <button type="button" className="button-primary" onClick={onDismiss}>
          {t('webhooks.dismiss')}
        </button>
      </div>
    </section>
  )
}
