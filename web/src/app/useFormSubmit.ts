import { type FormEvent, useCallback, useState } from 'react'
import type { DescribeOptions } from './errors'
import { type FormAction, type FormCheck, submitForm } from './submitForm'
import { useBusy } from './useBusy'
import { useFormErrors } from './useFormErrors'

/**
 * A form's submit state in one hook (issue 13's form shell): busy while sending, problem+json field errors by code
 * in the user's language (focus moves to the first invalid field; inputs carry the id `${formId}-${field}`), and a
 * success message. `submit(action, check?)` is the form's onSubmit; render the form with <FormShell>.
 */
export function useFormSubmit(formId: string, options: DescribeOptions = {}) {
  const errors = useFormErrors(formId, options)
  const [busy, run] = useBusy()
  const [done, setDone] = useState<string | null>(null)
  const { clear, invalid, fail } = errors

  const submit = useCallback(
    (action: FormAction, check?: FormCheck) => (event: FormEvent) => {
      event.preventDefault()
      void submitForm({ clear, invalid, fail, succeed: setDone, busy: run }, action, check)
    },
    [clear, invalid, fail, run],
  )

  const clearSuccess = useCallback(() => setDone(null), [])

  return { ...errors, busy, done, clearSuccess, submit }
}

export type FormSubmit = ReturnType<typeof useFormSubmit>
