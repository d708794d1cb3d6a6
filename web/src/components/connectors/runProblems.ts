import type { TFunction } from 'i18next'
import { ApiError } from '../../api/problem'
import { describeError } from '../../app/errors'

/**
 * The message for a run the server would not start. Its refusals (409) are English sentences without a code; the
 * two a user can act on are recognised and said in the UI language.
 */
export function runProblemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 409) {
    const detail = error.problem?.detail ?? ''
    if (/identity/i.test(detail)) return t('connectors.runs.problems.identity')
    if (/no dataset/i.test(detail)) return t('connectors.runs.problems.noDatasets')
    if (/failed run/i.test(detail)) return t('connectors.runs.problems.notFailed')
  }
  return describeError(error, t).message ?? t('errors.generic')
}
