import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../api/problem'
import { describeError } from '../../../app/errors'
import { fieldText, problemText } from '../../../app/problemText'

export interface PathError {
  /** Path inside the entry, e.g. 'purposes.0.legalBasis' (the server's 'body.' taken off). */
  path: string
  message: string
}

export interface PathErrors {
  message: string | null
  list: PathError[]
  fieldError: (path: string) => string | undefined
  /** The id of the input for a path: `${formId}-purposes-0-legalBasis`. */
  idOf: (path: string) => string
  fail: (error: unknown) => void
  invalid: (errors: PathError[]) => void
  clear: () => void
  /** The error summary; it receives focus when a save fails. */
  summaryId: string
}

const stripPrefix = (path: string) => path.replace(/^(body|file)\.?/, '')

/**
 * Errors of a register form, by full path (the server answers paths such as body.purposes.0.legalBasis), shown
 * next to each field and as a summary that receives focus.
 */
export function usePathErrors(formId: string): PathErrors {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  const [list, setList] = useState<PathError[]>([])
  const focusPending = useRef(false)
  const summaryId = `${formId}-error-summary`

  useEffect(() => {
    if (!focusPending.current) return
    focusPending.current = false
    document.getElementById(summaryId)?.focus()
  })

  const fail = useCallback(
    (error: unknown) => {
      focusPending.current = true
      const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : []
      const fields =
        error instanceof ApiError && [400, 409, 422].includes(error.status)
          ? problems.map((p) => ({ path: stripPrefix(p.path), message: fieldText(t, p) }))
          : []
      setList(fields)
      if (error instanceof ApiError && error.status === 409) {
        setMessage(problemText(t, error.problem) ?? t('errors.generic'))
      } else if (fields.length > 0) {
        setMessage(t('register.form.fixErrors', { count: fields.length }))
      } else {
        setMessage(describeError(error, t).message ?? t('errors.generic'))
      }
    },
    [t],
  )

  const invalid = useCallback(
    (errors: PathError[]) => {
      focusPending.current = true
      setList(errors)
      setMessage(t('register.form.fixErrors', { count: errors.length }))
    },
    [t],
  )

  const clear = useCallback(() => {
    setMessage(null)
    setList([])
  }, [])

  const fieldError = useCallback((path: string) => list.find((e) => e.path === path)?.message, [list])
  const idOf = useCallback((path: string) => `${formId}-${path.replaceAll('.', '-')}`, [formId])

  return { message, list, fieldError, idOf, fail, invalid, clear, summaryId }
}
