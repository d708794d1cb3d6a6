import type { TFunction } from 'i18next'
import { ApiError } from '../../api/problem'
import { describeError } from '../../app/errors'

/**
 * The message for a run the server would not start: its refusals (409) carry a stable problem type
 * (urn:custos:problem:run:<code>) that the UI words in its own language.
 */
export function runProblemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 409) {
    const type = error.problem?.type ?? ''
    if (type.endsWith(':identity_not_confirmed')) return t('connectors.runs.problems.identity')
    if (type.endsWith(':no_datasets')) return t('connectors.runs.problems.noDatasets')
    if (type.endsWith(':not_failed')) return t('connectors.runs.problems.notFailed')
  }
  return describeError(error, t).message ?? t('errors.generic')
}
