import type { FormEvent, ReactNode } from 'react'
import type { FormSubmit } from '../../app/useFormSubmit'
import { Alert } from '../feedback/Alert'
import { Notice } from '../feedback/Notice'

interface Props {
  form: Pick<FormSubmit, 'message' | 'done'>
  onSubmit: (event: FormEvent) => void
  /** The id of the form's heading. */
  labelledBy?: string
  /** The form's name when no heading names it. */
  label?: string
  /** Shown instead of the form's error message (a refusal that needs a link or more than a sentence). */
  alert?: ReactNode
  /** Renders the polite live region for the success message (useFormSubmit's `done`). */
  announcesSuccess?: boolean
  /** The form's buttons, after the success message (in a form-actions row). */
  actions?: ReactNode
  className?: string
  /** The form's data-testid. */
  testId?: string
  children: ReactNode
}

/**
 * The frame every form repeats (issue 13): no browser validation (the fields say what is wrong, in the user's
 * language), the form's error announced first, its fields, its success message, its buttons.
 */
export function FormShell({
  form,
  onSubmit,
  labelledBy,
  label,
  alert,
  announcesSuccess,
  actions,
  className = 'form',
  testId,
  children,
}: Props) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      data-testid={testId}
      className={className}
      aria-labelledby={labelledBy}
      aria-label={label}
    >
      {alert ?? <Alert>{form.message}</Alert>}
      {children}
      {announcesSuccess ? <Notice>{form.done}</Notice> : null}
      {actions ? <div className="form-actions">{actions}</div> : null}
    </form>
  )
}
