import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  /** Visible text of the first button. */
  label: string
  /** Accessible name of the first button when the visible text alone is ambiguous (e.g. in a table row). */
  accessibleLabel?: string
  question: string
  confirmLabel: string
  onConfirm: () => Promise<void>
  busyLabel?: string
}

/** A destructive action that asks for confirmation in place (no browser dialog). */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  onConfirm,
  busyLabel,
}: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) confirmRef.current?.focus()
    else if (wasAsking.current) openerRef.current?.focus()
    wasAsking.current = asking
  }, [asking])

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className="button-danger-quiet"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  }
  return (
    <fieldset className="confirm">
      <legend className="confirm-question">{question}</legend>
      <div className="confirm-buttons">
        <button
          ref={confirmRef}
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={() => {
            setBusy(true)
            void onConfirm().finally(() => {
              setBusy(false)
              setAsking(false)
            })
          }}
        >
          {busy && busyLabel ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  )
}
