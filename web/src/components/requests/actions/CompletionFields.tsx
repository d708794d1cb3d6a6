import { useTranslation } from 'react-i18next'
import type { RequestType } from '../../../api/types'
import { CheckboxField } from '../../form/CheckboxField'
import { RadioGroup } from '../../form/RadioGroup'
import { TextField } from '../../form/TextField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { type CompletionDraft, DETAILED_TYPES } from './completionDraft'
import { ErasureFields } from './ErasureFields'

interface Props {
  types: readonly RequestType[]
  value: CompletionDraft
  onChange: (next: CompletionDraft) => void
}

/** What was done for each right granted, as the answer letter states it. */
export function CompletionFields({ types, value, onChange }: Props) {
  const { t } = useTranslation()
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
      {has('erasure') ? <ErasureFields value={value} onChange={onChange} /> : null}
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
        <TextAreaField
          id="completion-stopped"
          label={t('requests.completion.objection.stopped')}
          hint={onePerLine}
          value={value.stopped}
          onChange={(stopped) => set({ stopped })}
        />
      ) : null}
      {has('withdraw_consent') ? (
        <TextAreaField
          id="completion-purposes"
          label={t('requests.completion.consent.purposes')}
          hint={onePerLine}
          value={value.purposes}
          onChange={(purposes) => set({ purposes })}
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
