import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SecretDraft, SecretKind } from './secretDraft'

interface Props {
  id: string
  kind: Exclude<SecretKind, 'none'>
  /** Whether a secret is stored now (its value is never sent to the browser). */
  stored: boolean
  draft: SecretDraft
  onChange: (draft: SecretDraft) => void
  error?: string | undefined
}

/**
 * A write-only secret: when one is stored the form only says so and offers to replace or remove it; a new value
 * is typed in a password input and is never shown again.
 */
export function SecretField({ id, kind, stored, draft, onChange, error }: Props) {
  const { t } = useTranslation()
  const inputRef = useRef<HTMLInputElement>(null)
  const replacing = draft.mode === 'replace'
  const asked = useRef(false)
  useEffect(() => {
    if (replacing && asked.current) inputRef.current?.focus()
    asked.current = false
  }, [replacing])
  const label = t(`connectors.secret.kinds.${kind}.label`)
  const hint = t(`connectors.secret.kinds.${kind}.hint`)

  if (stored && draft.mode !== 'replace') {
    return (
      <div className="field secret-field" data-testid={`${id}-state`}>
        <p className="field-label">{label}</p>
        <p data-testid={`${id}-status`}>
          {draft.mode === 'remove' ? t('connectors.secret.willRemove') : t('connectors.secret.stored')}
        </p>
        <div className="page-actions">
          {draft.mode === 'remove' ? (
            <button type="button" className="button-secondary" onClick={() => onChange({ mode: 'keep' })}>
              {t('connectors.secret.keep')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button-secondary"
                data-testid={`${id}-replace`}
                onClick={() => {
                  asked.current = true
                  onChange({ mode: 'replace', value: '' })
                }}
              >
                {t('connectors.secret.replace')}
              </button>
              <button
                type="button"
                className="button-danger-quiet"
                data-testid={`${id}-remove`}
                onClick={() => onChange({ mode: 'remove' })}
              >
                {t('connectors.secret.remove')}
              </button>
            </>
          )}
        </div>
      </div>
    )
  }

  const value = draft.mode === 'replace' ? draft.value : ''
  return (
    <div className="field secret-field">
      <label htmlFor={`${id}-input`}>
        {stored ? t('connectors.secret.newLabel', { label }) : label}
        {stored ? null : <span className="optional"> ({t('common.optional')})</span>}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint} {t('connectors.secret.writeOnly')}
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => onChange({ mode: 'replace', value: e.target.value })}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        data-testid={`${id}-input`}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {stored ? (
        <p>
          <button type="button" className="button-link" onClick={() => onChange({ mode: 'keep' })}>
            {t('connectors.secret.keep')}
          </button>
        </p>
      ) : null}
    </div>
  )
}
