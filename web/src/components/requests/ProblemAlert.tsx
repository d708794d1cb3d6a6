import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/problem'
import { describeError } from '../../app/errors'
import { fieldText, problemText } from '../../app/problemText'
import { Alert } from '../feedback/Alert'
import { fieldProblems, problemCode } from './requestApi'

/**
 * A refused request as an alert: a known refusal (problem+json type urn:custos:problem:request:…) in the user's
 * language, with the field problems whose code it knows (e.g. a key the register lacks); otherwise the server's
 * detail and the field problems it lists.
 */
export function ProblemAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation()
  if (!error) return null
  const code = problemCode(error)
  if (code) {
    const details = fieldProblems(error)
    return (
      <Alert id={id}>
        <span data-testid="problem-message" data-code={code}>
          {t(`requests.problems.${code}`)}
        </span>
        {details.length > 0 ? (
          <ul className="problem-list" data-testid="problem-fields">
            {details.map((d) => (
              <li key={`${d.path}:${d.code}`} data-code={d.code}>
                {t(`requests.fieldProblems.${d.code}`, { value: d.value })}
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    )
  }
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : []
  // With field problems, a lead in the user's language and each field's code worded.
  const message =
    fields.length > 0
      ? (problemText(t, error instanceof ApiError ? error.problem : null) ?? t('errors.fieldPrefix'))
      : (describeError(error, t).message ?? t('errors.generic'))
  return (
    <Alert id={id}>
      <span data-testid="problem-message">{message}</span>
      {fields.length > 0 ? (
        <ul className="problem-list">
          {fields.map((f) => (
            <li key={`${f.path}:${f.code}`}>
              <code>{f.path.replace(/^body\./, '')}</code>: {fieldText(t, f)}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  )
}
