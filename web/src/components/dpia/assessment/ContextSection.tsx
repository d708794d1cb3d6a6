import { useTranslation } from 'react-i18next'
import { AssessmentTextArea } from './AssessmentTextArea'
import type { Assessment, Content, SetContent } from './types'

/** The DPIA's first part: the processing described in the assessor's words, and what the register already says. */
export function ContextSection({
  a,
  content,
  setContent,
}: {
  a: Assessment
  content: Content
  setContent: SetContent
}) {
  const { t } = useTranslation()
  const facts: [string, string[]][] = [
    [t('dpia.assessment.purposes'), a.context.purposes],
    [t('dpia.assessment.subjects'), a.context.subjectCategories],
    [t('dpia.assessment.data'), a.context.dataCategories],
    [t('dpia.assessment.systems'), a.context.systems],
    [t('dpia.assessment.recipients'), a.context.recipients],
    [t('dpia.assessment.retention'), a.context.retention],
    [t('dpia.assessment.transfers'), a.context.transfers],
  ]
  return (
    <>
      <h2>{t('dpia.assessment.context')}</h2>
      <AssessmentTextArea
        id="context-overview"
        label={t('dpia.assessment.overview')}
        value={content.context?.overview ?? ''}
        onChange={(v) => setContent((c) => ({ ...c, context: { lifecycle: '', ...c.context, overview: v } }))}
      />
      <AssessmentTextArea
        id="context-lifecycle"
        label={t('dpia.assessment.lifecycle')}
        value={content.context?.lifecycle ?? ''}
        onChange={(v) => setContent((c) => ({ ...c, context: { overview: '', ...c.context, lifecycle: v } }))}
      />
      <h3>{t('dpia.assessment.fromRegister')}</h3>
      <dl className="kv-list" data-testid="register-context">
        {facts.map(([label, values]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{values.length ? values.join('; ') : t('dpia.assessment.nothing')}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}
