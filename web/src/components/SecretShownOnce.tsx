import { useEffect, useRef } from 'react'
import { CopyButton } from './CopyButton'

export interface SecretShownOnceProps {
  /** Prefix of the ids and test ids (`{idPrefix}-secret`, `{idPrefix}-secret-panel`). */
  idPrefix: string
  title: string
  warning: string
  label: string
  secret: string
  dismissLabel: string
  onDismiss: () => void
}

/**
 * A secret the server shows once (an API token, a webhook signing secret): focused on arrival, selectable and
 * copyable, until the user confirms they stored it.
 */
export function SecretShownOnce({
  idPrefix,
  title,
  warning,
  label,
  secret,
  dismissLabel,
  onDismiss,
}: SecretShownOnceProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section
      className="secret-panel"
      aria-labelledby={`${idPrefix}-secret-title`}
      data-testid={`${idPrefix}-secret-panel`}
    >
      <h2 id={`${idPrefix}-secret-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="warning-text">{warning}</p>
      <label htmlFor={`${idPrefix}-secret`} className="secret-label">
        {label}
      </label>
      <input
        id={`${idPrefix}-secret`}
        className="secret-value"
        readOnly
        value={secret}
        data-testid={`${idPrefix}-secret`}
        onFocus={(e) => e.target.select()}
      />
      <div className="form-actions">
        <CopyButton text={secret} />
        <button type="button" className="button-primary" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </section>
  )
}
