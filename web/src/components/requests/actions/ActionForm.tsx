import { type FormEvent, type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestAction } from '../../../api/types'
import { Alert } from '../../feedback/Alert'
import { ProblemAlert } from '../ProblemAlert'

interface Props {
  action: RequestAction
  busy: boolean
  error: unknown
  invalid: string | null
  onSubmit: () => void
  onCancel: () => void
  children?: ReactNode
}

/** The small form of one action: its explanation, its inputs, the refusal if any, submit and cancel. */
export function ActionForm({ action, busy, error, invalid, onSubmit, onCancel, children }: Props) {
  const { t } = useTranslation()
  const problemRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (error || invalid) problemRef.current?.focus()
  }, [error, invalid])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className="action-form"
      aria-labelledby="action-form-title"
      data-testid={`action-form-${action}`}
    >
      <h3 id="action-form-title">{t(`requests.actions.names.${action}`)}</h3>
      <p className="hint">{t(`requests.actions.hints.${action}`)}</p>
      <div ref={problemRef} tabIndex={-1} className="action-problem" data-testid="action-problem">
        {invalid ? <Alert>{invalid}</Alert> : <ProblemAlert error={error} />}
      </div>
      {children}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="action-submit">
          {busy ? t('requests.actions.working') : t(`requests.actions.names.${action}`)}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} data-testid="action-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
