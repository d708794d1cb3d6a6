import { useTranslation } from 'react-i18next'
import { AssessmentTextArea } from './AssessmentTextArea'
import { EstimateField } from './EstimateField'
import type { Assessment, Content, RiskContent, RiskKey, SetContent } from './types'

/** One entry per line; blank lines dropped. */
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** The risks: existing measures, per risk its sources, threats, impacts and estimates before and after, the map. */
export function RisksSection({
  a,
  content,
  setContent,
}: {
  a: Assessment
  content: Content
  setContent: SetContent
}) {
  const { t } = useTranslation()
  const setRisk = (key: RiskKey, change: Partial<RiskContent>) =>
    setContent((c) => ({
      ...c,
      risks: {
        ...c.risks,
        [key]: {
          sources: [],
          threats: [],
          impacts: [],
          initial: null,
          residual: null,
          ...c.risks?.[key],
          ...change,
        },
      },
    }))
  const mapAlt = t('dpia.assessment.riskMapAlt', {
    points: a.riskMap
      .map((p) =>
        p.residualEstimated
          ? t('dpia.assessment.riskPoint', {
              risk: p.label,
              before: p.initial.levelLabel,
              after: p.residual.levelLabel,
            })
          : t('dpia.assessment.riskPointUnestimated', { risk: p.label, before: p.initial.levelLabel }),
      )
      .join('; '),
  })
  return (
    <>
      <h2>{t('dpia.assessment.risks')}</h2>
      <p>
        {t('dpia.assessment.existing')}:{' '}
        {a.context.existingMeasures.length
          ? a.context.existingMeasures.map((m) => m.name).join('; ')
          : t('dpia.assessment.nothing')}
      </p>
      <AssessmentTextArea
        id="existing-measures-text"
        label={t('dpia.cnilImport.existingText')}
        value={content.existingMeasuresText ?? ''}
        onChange={(v) => setContent((c) => ({ ...c, existingMeasuresText: v }))}
      />
      {a.risks.map((r) => {
        const own = (content.risks as Record<string, RiskContent> | undefined)?.[r.key]
        const estimate = (
          when: 'initial' | 'residual',
          part: 'severity' | 'likelihood',
          label: string,
          emptyLabel: string,
        ) => (
          <EstimateField
            id={`${r.key}-${when}-${part}`}
            label={label}
            value={own?.[when] ?? null}
            part={part}
            onChange={(v) => setRisk(r.key, when === 'initial' ? { initial: v } : { residual: v })}
            levels={a.levels}
            emptyLabel={emptyLabel}
          />
        )
        return (
          <fieldset key={r.key} className="fieldset" data-testid={`risk-${r.key}`}>
            <legend>{r.label}</legend>
            <AssessmentTextArea
              id={`${r.key}-sources`}
              label={t('dpia.assessment.sources')}
              value={(own?.sources ?? []).join('\n')}
              onChange={(v) => setRisk(r.key, { sources: lines(v) })}
            />
            <AssessmentTextArea
              id={`${r.key}-threats`}
              label={t('dpia.assessment.threats')}
              value={(own?.threats ?? []).join('\n')}
              onChange={(v) => setRisk(r.key, { threats: lines(v) })}
            />
            <AssessmentTextArea
              id={`${r.key}-impacts`}
              label={t('dpia.assessment.impacts')}
              value={(own?.impacts ?? []).join('\n')}
              onChange={(v) => setRisk(r.key, { impacts: lines(v) })}
            />
            <div className="inline-fields">
              {estimate(
                'initial',
                'severity',
                t('dpia.assessment.severityBefore'),
                t('dpia.assessment.notEstimated'),
              )}
              {estimate(
                'initial',
                'likelihood',
                t('dpia.assessment.likelihoodBefore'),
                t('dpia.assessment.notEstimated'),
              )}
              {estimate(
                'residual',
                'severity',
                t('dpia.assessment.severityAfter'),
                t('dpia.assessment.sameAsBefore'),
              )}
              {estimate(
                'residual',
                'likelihood',
                t('dpia.assessment.likelihoodAfter'),
                t('dpia.assessment.sameAsBefore'),
              )}
            </div>
          </fieldset>
        )
      })}
      {a.riskMap.length ? (
        <figure data-testid="risk-map">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(a.riskMapSvg)}`} alt={mapAlt} />
          <figcaption>{t('dpia.assessment.riskMap')}</figcaption>
        </figure>
      ) : null}
    </>
  )
}
