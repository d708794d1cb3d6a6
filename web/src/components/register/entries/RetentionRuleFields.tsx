import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import { RadioGroup } from '../../form/RadioGroup'
import { TextField } from '../../form/TextField'
import { EnumRadios } from '../form/EnumRadios'
import { EnumSelect } from '../form/EnumSelect'
import { LocalizedField } from '../form/LocalizedField'
import type { RetentionRule } from '../types'
import type { RegisterData } from '../useRegisterData'
import type { FieldsProps } from './EntryForm'

type Trigger = RetentionRule['trigger']
type Action = NonNullable<RetentionRule['action']>
type Unit = 'years' | 'months' | 'days'
type Length = 'fixed' | 'statutory_period' | 'until_event'

/** A retention period (bewaartermijn): how long, from which event, and what happens at the end. */
export function RetentionRuleFields({
  draft,
  change,
  errors,
  data,
}: FieldsProps<RetentionRule> & { data: RegisterData }) {
  const { t } = useTranslation()
  const { lookup } = data
  const duration = draft.duration ?? {}
  const length: Length = draft.openEnd ?? 'fixed'
  const unit = (u: Unit, max: number) => (
    <TextField
      id={errors.idOf(`duration.${u}`)}
      label={t(`register.fields.${u}`)}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      value={duration[u] === undefined ? '' : String(duration[u])}
      onChange={(v) => change({ duration: { ...duration, [u]: v === '' ? undefined : Number(v) } })}
      error={errors.fieldError(`duration.${u}`)}
      className="field-short"
      testId={`retention-${u}`}
    />
  )
  return (
    <fieldset className="fieldset section">
      <legend>{t('register.kinds.retention-rules')}</legend>
      <LocalizedField
        path="name"
        label={t('register.fields.name')}
        value={draft.name}
        onChange={(name) => change({ name: name ?? '' })}
        errors={errors}
        testId="retention-name"
      />
      <RadioGroup<Length>
        id={errors.idOf('openEnd')}
        legend={t('register.retention.length')}
        options={(['fixed', 'statutory_period', 'until_event'] as const).map((value) => ({
          value,
          label: t(`register.retention.lengths.${value}`),
          hint: t(`register.retention.lengthHints.${value}`),
        }))}
        value={length}
        onChange={(next) =>
          next === 'fixed'
            ? change({ openEnd: undefined, duration: draft.duration ?? { years: 0, months: 0, days: 0 } })
            : change({ openEnd: next, duration: undefined })
        }
        error={errors.fieldError('openEnd')}
      />
      {length === 'fixed' ? (
        <fieldset className="fieldset fieldset-nested" id={errors.idOf('duration')} tabIndex={-1}>
          <legend>{t('register.fields.duration')}</legend>
          {errors.fieldError('duration') ? (
            <p className="field-error" role="alert">
              {errors.fieldError('duration')}
            </p>
          ) : null}
          <div className="inline-fields">
            {unit('years', 200)}
            {unit('months', 1200)}
            {unit('days', 36500)}
          </div>
        </fieldset>
      ) : null}
      <EnumSelect
        path="trigger"
        label={t('register.fields.trigger')}
        name="retentionTriggers"
        value={draft.trigger}
        onChange={(trigger) => change({ trigger: trigger as Trigger })}
        lookup={lookup}
        errors={errors}
      />
      {draft.trigger === 'custom' || draft.triggerDescription ? (
        <LocalizedField
          path="triggerDescription"
          label={t('register.fields.triggerDescription')}
          value={draft.triggerDescription}
          onChange={(triggerDescription) => change({ triggerDescription })}
          errors={errors}
          multiline
        />
      ) : null}
      <EnumRadios
        path="action"
        legend={t('register.fields.action')}
        name="retentionActions"
        value={draft.action ?? 'delete'}
        onChange={(action) => change({ action: action as Action })}
        lookup={lookup}
        errors={errors}
      />
      <LocalizedField
        path="statutoryReference"
        label={t('register.fields.statutoryReference')}
        hint={t('register.retention.statutoryHint')}
        optional
        value={draft.statutoryReference}
        onChange={(statutoryReference) => change({ statutoryReference })}
        errors={errors}
        testId="retention-statute"
      />
      <CheckboxField
        id={errors.idOf('consentRenewable')}
        label={t('register.fields.consentRenewable')}
        description={t('register.retention.consentRenewableHint')}
        checked={draft.consentRenewable ?? false}
        onChange={(consentRenewable) => change({ consentRenewable })}
      />
    </fieldset>
  )
}
