import type { TFunction } from 'i18next'
import { ApiError, fieldOf } from '../api/problem'
import { fieldText, problemText } from './problemText'

export interface ErrorInfo {
  /** A message for the whole form, or null when the field messages say it all. */
  message: string | null
  /** Messages per form field, keyed by field name (from problem paths such as 'body.email'). */
  fields: Record<string, string>
}

export interface DescribeOptions {
  /** Messages that replace the default for a status code, e.g. 401 on the sign-in form. */
  overrides?: Partial<Record<number, string>>
  /** Fields the form shows; errors on other paths are added to the form message. */
  fields?: readonly string[]
}

/** Maps a failed request (problem+json) to translated messages for a form or page. */
export function describeError(error: unknown, t: TFunction, options: DescribeOptions = {}): ErrorInfo {
  if (!(error instanceof ApiError)) {
    return { message: error instanceof TypeError ? t('errors.network') : t('errors.generic'), fields: {} }
  }
  const override = options.overrides?.[error.status]
  const problem = error.problem
  const fields: Record<string, string> = {}
  const stray: string[] = []
  if ((error.status === 400 || error.status === 422 || error.status === 409) && problem?.errors) {
    for (const e of problem.errors) {
      const field = fieldOf(e.path)
      // Every field error has a code: its sentence in the user's language (never the server's English).
      const text = fieldText(t, e)
      if (options.fields?.includes(field)) fields[field] ??= text
      else stray.push(`${e.path.replace(/^(body|querystring|params)\./, '')}: ${text}`)
    }
  }
  if (override) return { message: override, fields }
  const worded = problemText(t, problem)
  switch (error.status) {
    case 401:
      return {
        message:
          problem?.code && problem.code !== 'unauthenticated' && worded ? worded : t('login.sessionEnded'),
        fields,
      }
    case 403:
      return { message: worded ?? t('errors.forbidden'), fields: {} }
    case 404:
      return { message: worded ?? t('errors.notFound'), fields: {} }
    case 409:
      return { message: worded ?? t('errors.generic'), fields }
    case 429:
      return { message: worded ?? t('errors.tooMany'), fields: {} }
    case 400:
    case 413:
    case 415:
    case 422: {
      if (stray.length > 0)
        return { message: `${worded ?? t('errors.fieldPrefix')}: ${stray.join('; ')}`, fields }
      if (Object.keys(fields).length > 0) return { message: null, fields }
      return { message: worded ?? t('errors.generic'), fields }
    }
    default: {
      const reference = problem?.requestId ? ` ${t('errors.requestId', { id: problem.requestId })}` : ''
      return { message: `${t('errors.generic')}${reference}`, fields: {} }
    }
  }
}
