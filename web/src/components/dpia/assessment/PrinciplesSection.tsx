import { useTranslation } from 'react-i18next'
import { AssessmentTextArea } from './AssessmentTextArea'
import type { Assessment, Content, PrincipleKey, SetContent } from './types'

/** The fundamental principles: per question the register's answer, the assessor's answer and evaluation. */
export function PrinciplesSection({
  a,
  content,
  setContent,
}: {
  a: Assessment
  content: Content
  setContent: SetContent
}) {
  const { t } = useTranslation()
  const setPrinciple = (key: PrincipleKey, change: { answer?: string; evaluation?: string | null }) =>
    setContent((c) => ({
      ...c,
      principles: {
        ...c.principles,
        [key]: { answer: '', evaluation: null, ...c.principles?.[key], ...change } as NonNullable<
          Content['principles']
        >[PrincipleKey],
      },
    }))
  return (
    <>
      <h2>{t('dpia.assessment.principles')}</h2>
      {a.principles.map((p) => (
        <fieldset key={p.key} className="fieldset">
          <legend>{p.question}</legend>
          {p.registerAnswer.length ? (
            <p className="hint">
              {t('dpia.assessment.fromRegister')}: {p.registerAnswer.join('; ')}
            </p>
          ) : null}
          <AssessmentTextArea
            id={`principle-${p.key}`}
            label={t('dpia.assessment.answer')}
            value={content.principles?.[p.key]?.answer ?? ''}
            onChange={(v) => setPrinciple(p.key, { answer: v })}
          />
          <div className="field">
            <label htmlFor={`evaluation-${p.key}`}>{t('dpia.assessment.evaluation')}</label>
            <select
              id={`evaluation-${p.key}`}
              value={content.principles?.[p.key]?.evaluation ?? ''}
              onChange={(e) => setPrinciple(p.key, { evaluation: e.target.value || null })}
            >
              <option value="">{t('dpia.assessment.notEvaluated')}</option>
              {a.evaluations.map((ev) => (
                <option key={ev.key} value={ev.key}>
                  {ev.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      ))}
    </>
  )
}
