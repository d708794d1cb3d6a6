import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type DescribeOptions, describeError, type ErrorInfo } from './errors'

const NONE: ErrorInfo = { message: null, fields: {} }

/**
 * Error state of a form: `fail` turns a failed request into messages (and moves focus to the first invalid
 * field), `setField` records a client-side check, `clear` resets before a new attempt.
 */
export function useFormErrors(formId: string, options: DescribeOptions = {}) {
  const { t } = useTranslation()
  const [errors, setErrors] = useState<ErrorInfo>(NONE)
  const { overrides, fields } = options

  const focusFirst = useCallback(
    (info: ErrorInfo) => {
      const first = fields?.find((f) => info.fields[f]) ?? Object.keys(info.fields)[0]
      if (first) requestAnimationFrame(() => document.getElementById(`${formId}-${first}`)?.focus())
    },
    [formId, fields],
  )

  const fail = useCallback(
    (error: unknown) => {
      const info = describeError(error, t, { overrides, fields })
      setErrors(info)
      focusFirst(info)
    },
    [t, overrides, fields, focusFirst],
  )

  const invalid = useCallback(
    (field: string, message: string) => {
      const info = { message: null, fields: { [field]: message } }
      setErrors(info)
      focusFirst(info)
    },
    [focusFirst],
  )

  const clear = useCallback(() => setErrors(NONE), [])

  return { message: errors.message, fieldError: (f: string) => errors.fields[f], fail, invalid, clear }
}
