import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/problem'
import { describeError } from '../../app/errors'
import { Alert } from '../feedback/Alert'
import { problemCode } from './requestApi'

/**
 * A refused request as an alert: a known domain refusal (problem+json type urn:custos:problem:request:…) in the
 * user's language, otherwise the server's detail and the field problems it lists.
 */
export function ProblemAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation()
  if (!error) return null
  const code = problemCode(error)
  if (code) {
    return (
      <Alert id={id}>
        <span data-testid="problem-message" data-code={code}>
          {t(`requests.problems.${code}`)}
        </span>
      </Alert>
    )
  }
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : []
  const detail = error instanceof ApiError ? error.problem?.detail : undefined
  const message =
    detail && fields.length > 0 ? detail : (describeError(error, t).message ?? t('errors.generic'))
  return (
    <Alert id={id}>
      <span data-testid="problem-message">{message}</span>
      {fields.length > 0 ? (
        <ul className="problem-list">
          {fields.map((f) => (
            <li key={`${f.path}:${f.message}`}>
              <code>{f.path.replace(/^body\./, '')}</code>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  )
}
