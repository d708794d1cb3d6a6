import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { EnumSelect } from '../form/EnumSelect'
import { KeyCheckboxes } from '../form/KeyCheckboxes'
import type { DpiaCriterion } from '../types'
import type { SectionProps } from './activityDraft'

type DpiaStatus = NonNullable<NonNullable<SectionProps['draft']['dpia']>['status']>

/** The nine WP248 screening criteria; two or more usually mean a DPIA (Art. 35) is needed. */
export function DpiaFieldset({ draft, change, lookup, errors }: SectionProps) {
  const { t } = useTranslation()
  const dpia = draft.dpia ?? { criteria: [] }
  const criteria = dpia.criteria ?? []
  const likely = criteria.length >= 2
  const set = (next: Partial<typeof dpia>) => change({ dpia: { ...dpia, ...next } })
  return (
    <fieldset className="fieldset section" data-testid="activity-dpia">
      <legend>{t('register.activity.dpiaSection')}</legend>
      <KeyCheckboxes
        path="dpia.criteria"
        legend={t('register.fields.criteria')}
        hint={t('register.activity.dpiaHint')}
        options={lookup
          .options('dpiaCriteria')
          .map((o) => ({ key: o.value, label: o.label, description: o.help }))}
        value={criteria}
        onChange={(keys) => set({ criteria: keys as DpiaCriterion[] })}
        errors={errors}
        nested
        testId="dpia-criteria"
      />
      <p className={likely ? 'alert alert-warning' : 'hint'} aria-live="polite" data-testid="dpia-advice">
        {likely
          ? t('register.activity.dpiaLikely', { count: criteria.length })
          : t('register.activity.dpiaUnlikely', { count: criteria.length })}
      </p>
      {likely || dpia.status || dpia.reference ? (
        <div className="form-grid">
          <EnumSelect
            path="dpia.status"
            label={t('register.fields.dpiaStatus')}
            name="dpiaStatuses"
            value={dpia.status}
            onChange={(status) => set({ status: status as DpiaStatus | undefined })}
            lookup={lookup}
            errors={errors}
            optional
            testId="dpia-status"
          />
          <TextField
            id={errors.idOf('dpia.reference')}
            label={t('register.fields.reference')}
            hint={t('register.activity.dpiaReferenceHint')}
            optional
            value={dpia.reference ?? ''}
            onChange={(reference) => set({ reference: reference || undefined })}
            error={errors.fieldError('dpia.reference')}
          />
        </div>
      ) : null}
    </fieldset>
  )
}
