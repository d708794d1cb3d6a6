import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type DescribeOptions, describeError, type ErrorInfo } from './errors'

const NONE: ErrorInfo = { message: null, fields: {} }

/**
 * Error state of a form: `fail` turns a failed request into messages (and moves focus to the first invalid
 * field), `invalid` records a client-side check, `clear` resets before a new attempt. Field inputs must have
 * the id `${formId}-${field}`.
 */
export function useFormErrors(formId: string, options: DescribeOptions = {}) {
  const { t } = useTranslation()
  const [errors, setErrors] = useState<ErrorInfo>(NONE)
  const focusPending = useRef(false)
  const { overrides, fields } = options

  useEffect(() => {
    if (!focusPending.current) return
    focusPending.current = false
    const first = fields?.find((f) => errors.fields[f]) ?? Object.keys(errors.fields)[0]
    if (first) document.getElementById(`${formId}-${first}`)?.focus()
  }, [errors, fields, formId])

  const show = useCallback((info: ErrorInfo) => {
    focusPending.current = true
    setErrors(info)
  }, [])

  const fail = useCallback(
    (error: unknown) => show(describeError(error, t, { overrides, fields })),
    [t, overrides, fields, show],
  )

  const invalid = useCallback(
    (field: string, message: string) => show({ message: null, fields: { [field]: message } }),
    [show],
  )

  const clear = useCallback(() => setErrors(NONE), [])

  return { message: errors.message, fieldError: (f: string) => errors.fields[f], fail, invalid, clear }
}
