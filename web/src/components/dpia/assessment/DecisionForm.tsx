import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AssessmentTextArea } from './AssessmentTextArea'
import type { Assessment } from './types'

export type Decision = 'validated' | 'refused'

/** Validates or refuses a draft DPIA with a reason; says why validation is blocked when the server would refuse. */
export function DecisionForm({
  validationRefusal,
  onDecide,
}: {
  validationRefusal: Assessment['validationRefusal']
  onDecide: (decision: Decision, reason: string) => void
}) {
  const { t } = useTranslation()
  const [decision, setDecision] = useState<Decision>('validated')
  const [reason, setReason] = useState('')
  return (
    <form
      className="form card"
      data-testid="decision-form"
      onSubmit={(event) => {
        event.preventDefault()
        onDecide(decision, reason)
      }}
    >
      <h2>{t('dpia.assessment.decision')}</h2>
      {validationRefusal ? (
        <p className="warning-text">
          {t('dpia.assessment.blocked', { reason: t(`codes.problems.${validationRefusal}`) })}
        </p>
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('dpia.assessment.decision')}</legend>
        {(['validated', 'refused'] as const).map((d) => (
          <div className="radio-field" key={d}>
            <input
              type="radio"
              id={`decision-${d}`}
              name="decision"
              checked={decision === d}
              onChange={() => setDecision(d)}
            />
            <label htmlFor={`decision-${d}`}>
              {d === 'validated' ? t('dpia.assessment.validate') : t('dpia.assessment.refuse')}
            </label>
          </div>
        ))}
      </fieldset>
      <AssessmentTextArea
        id="decision-reason"
        label={t('dpia.assessment.decisionReason')}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button-primary">
        {decision === 'validated' ? t('dpia.assessment.validate') : t('dpia.assessment.refuse')}
      </button>
    </form>
  )
}
