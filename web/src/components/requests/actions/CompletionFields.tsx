import { useTranslation } from 'react-i18next'
import type { RequestType } from '../../../api/types'
import { ResourceView } from '../../feedback/ResourceView'
import { CheckboxField } from '../../form/CheckboxField'
import { RadioGroup } from '../../form/RadioGroup'
import { TextField } from '../../form/TextField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { type RegisterChoices, useChoiceLabels, useRegisterChoices } from '../registerChoices'
import { type CompletionDraft, DETAILED_TYPES } from './completionDraft'
import { ErasureFields } from './ErasureFields'
import { KeyPicker } from './KeyPicker'

interface Props {
  slug: string
  types: readonly RequestType[]
  value: CompletionDraft
  onChange: (next: CompletionDraft) => void
}

/** What was done for each right granted, as the answer letter states it; register entries are picked, not typed. */
export function CompletionFields({ slug, ...props }: Props) {
  const choices = useRegisterChoices(slug)
  return <ResourceView resource={choices}>{(data) => <Fields {...props} choices={data} />}</ResourceView>
}

function Fields({ types, value, onChange, choices }: Omit<Props, 'slug'> & { choices: RegisterChoices }) {
  const { t } = useTranslation()
  const { byLabel } = useChoiceLabels()
  // Activities the organisation controls (processor work is the client's to explain); for an objection, those
  // relying on legitimate interests first.
  const controlled = byLabel(choices.activities.filter((a) => a.role !== 'processor'))
  const legitimateFirst = [
    ...controlled.filter((a) => a.legitimateInterest),
    ...controlled.filter((a) => !a.legitimateInterest),
  ]
  const purposes = byLabel(choices.purposes)
  const consentFirst = [...purposes.filter((p) => p.consent), ...purposes.filter((p) => !p.consent)]
  const set = (patch: Partial<CompletionDraft>) => onChange({ ...value, ...patch })
  const has = (type: RequestType) => types.includes(type)
  const onePerLine = t('requests.completion.onePerLine')
  return (
    <>
      {types.some((type) => DETAILED_TYPES.includes(type)) ? null : (
        <p className="hint">{t('requests.completion.noDetails')}</p>
      )}
      {has('access') ? (
        <fieldset className="fieldset fieldset-nested" data-testid="completion-access">
          <legend>{t('requests.completion.access.legend')}</legend>
          <CheckboxField
            id="completion-noData"
            testId="completion-noData"
            label={t('requests.completion.access.noData')}
            description={t('requests.completion.access.noDataHint')}
            checked={value.noData}
            onChange={(noData) => set({ noData })}
          />
          {value.noData ? null : (
            <>
              <RadioGroup
                id="completion-access-delivery"
                legend={t('requests.completion.access.delivery')}
                options={(['download', 'enclosed'] as const).map((d) => ({
                  value: d,
                  label: t(`requests.completion.access.deliveries.${d}`),
                }))}
                value={value.accessDelivery}
                onChange={(accessDelivery) => set({ accessDelivery })}
              />
              {value.accessDelivery === 'download' ? (
                <TextField
                  id="completion-access-until"
                  className="field-medium"
                  type="date"
                  label={t('requests.completion.access.availableUntil')}
                  optional
                  value={value.accessUntil}
                  onChange={(accessUntil) => set({ accessUntil })}
                />
              ) : null}
              <KeyPicker
                idPrefix="completion-access-activities"
                legend={t('requests.pickers.accessActivities')}
                hint={t('requests.pickers.accessActivitiesHint')}
                choices={controlled.filter((a) => a.status !== 'planned')}
                value={value.accessActivities}
                onChange={(accessActivities) => set({ accessActivities })}
              />
            </>
          )}
        </fieldset>
      ) : null}
      {has('portability') ? (
        <fieldset className="fieldset fieldset-nested" data-testid="completion-portability">
          <legend>{t('requests.completion.portability.legend')}</legend>
          <RadioGroup
            id="completion-portability-delivery"
            legend={t('requests.completion.portability.delivery')}
            options={(['download', 'enclosed', 'transmitted'] as const).map((d) => ({
              value: d,
              label: t(`requests.completion.access.deliveries.${d}`),
            }))}
            value={value.portabilityDelivery}
            onChange={(portabilityDelivery) => set({ portabilityDelivery })}
          />
          {value.portabilityDelivery === 'transmitted' ? (
            <TextField
              id="completion-transmittedTo"
              label={t('requests.completion.portability.transmittedTo')}
              required
              maxLength={500}
              value={value.transmittedTo}
              onChange={(transmittedTo) => set({ transmittedTo })}
            />
          ) : null}
          {value.portabilityDelivery === 'download' ? (
            <TextField
              id="completion-portability-until"
              className="field-medium"
              type="date"
              label={t('requests.completion.access.availableUntil')}
              optional
              value={value.portabilityUntil}
              onChange={(portabilityUntil) => set({ portabilityUntil })}
            />
          ) : null}
        </fieldset>
      ) : null}
      {has('rectification') ? (
        <TextAreaField
          id="completion-corrected"
          label={t('requests.completion.rectification.corrected')}
          hint={onePerLine}
          value={value.corrected}
          onChange={(corrected) => set({ corrected })}
        />
      ) : null}
      {has('erasure') ? <ErasureFields value={value} onChange={onChange} choices={choices} /> : null}
      {has('restriction') ? (
        <TextAreaField
          id="completion-restriction"
          label={t('requests.completion.restriction.scope')}
          optional
          maxLength={2000}
          value={value.restrictionScope}
          onChange={(restrictionScope) => set({ restrictionScope })}
        />
      ) : null}
      {has('objection_legitimate_interest') ? (
        <KeyPicker
          idPrefix="completion-stopped"
          legend={t('requests.completion.objection.stopped')}
          hint={t('requests.pickers.stoppedHint')}
          choices={legitimateFirst}
          value={value.stopped}
          onChange={(stopped) => set({ stopped })}
          noteOf={(choice) =>
            legitimateFirst.find((a) => a.key === choice.key)?.legitimateInterest
              ? t('requests.pickers.legitimateInterest')
              : undefined
          }
        />
      ) : null}
      {has('withdraw_consent') ? (
        <KeyPicker
          idPrefix="completion-purposes"
          legend={t('requests.completion.consent.purposes')}
          hint={t('requests.pickers.purposesHint')}
          choices={consentFirst}
          value={value.purposes}
          onChange={(next) => set({ purposes: next })}
          noteOf={(choice) =>
            consentFirst.find((p) => p.key === choice.key)?.consent
              ? t('requests.pickers.consent')
              : undefined
          }
        />
      ) : null}
      {has('rectification') || has('erasure') || has('restriction') ? (
        <TextAreaField
          id="completion-recipients"
          label={t('requests.completion.recipientsNotified')}
          hint={t('requests.completion.recipientsNotifiedHint')}
          optional
          value={value.recipients}
          onChange={(recipients) => set({ recipients })}
        />
      ) : null}
      <TextAreaField
        id="completion-note"
        testId="completion-note"
        label={t('requests.completion.note')}
        optional
        maxLength={5000}
        value={value.note}
        onChange={(note) => set({ note })}
      />
    </>
  )
}
