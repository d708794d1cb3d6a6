import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import { LocalizedField } from '../form/LocalizedField'
import type { SectionProps } from './activityDraft'

/** Art. 22: automated decisions with legal or similarly significant effects, and profiling. */
export function AutomatedDecisionsFieldset({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation()
  const value = draft.automatedDecisions ?? { used: false, profiling: false }
  const set = (next: Partial<typeof value>) => change({ automatedDecisions: { ...value, ...next } })
  return (
    <fieldset className="fieldset section" data-testid="activity-automated">
      <legend>{t('register.activity.automatedSection')}</legend>
      <CheckboxField
        id={errors.idOf('automatedDecisions.used')}
        label={t('register.activity.automatedUsed')}
        description={t('register.activity.automatedUsedHint')}
        checked={value.used}
        onChange={(used) => set({ used })}
        error={errors.fieldError('automatedDecisions.used')}
      />
      {value.used || value.profiling || value.logic || value.consequences ? (
        <div className="conditional">
          <CheckboxField
            id={errors.idOf('automatedDecisions.profiling')}
            label={t('register.activity.profiling')}
            description={t('register.activity.profilingHint')}
            checked={value.profiling ?? false}
            onChange={(profiling) => set({ profiling })}
          />
          <LocalizedField
            path="automatedDecisions.logic"
            label={t('register.fields.logic')}
            hint={t('register.activity.logicHint')}
            value={value.logic}
            onChange={(logic) => set({ logic })}
            errors={errors}
            multiline
          />
          <LocalizedField
            path="automatedDecisions.consequences"
            label={t('register.fields.consequences')}
            hint={t('register.activity.consequencesHint')}
            value={value.consequences}
            onChange={(consequences) => set({ consequences })}
            errors={errors}
            multiline
          />
        </div>
      ) : null}
    </fieldset>
  )
}
