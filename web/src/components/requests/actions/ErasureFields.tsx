import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ERASURE_GROUNDS } from '../../../api/types'
import { SelectField } from '../../form/SelectField'
import { TextField } from '../../form/TextField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { type RegisterChoices, useChoiceLabels } from '../registerChoices'
import type { CompletionDraft, KeptDraft } from './completionDraft'
import { KeyPicker } from './KeyPicker'

/** What was erased, and each set of data kept with its ground (Art. 17(3)); categories and rules from the register. */
export function ErasureFields({
  value,
  onChange,
  choices,
}: {
  value: CompletionDraft
  onChange: (next: CompletionDraft) => void
  choices: RegisterChoices
}) {
  const { t } = useTranslation()
  const { labelOf, byLabel } = useChoiceLabels()
  const nextKey = useRef(1)
  const categories = byLabel(choices.dataCategories)
  const rules = byLabel(choices.retentionRules)
  const setKept = (kept: KeptDraft[]) => onChange({ ...value, kept })
  const update = (key: number, patch: Partial<KeptDraft>) =>
    setKept(value.kept.map((k) => (k.key === key ? { ...k, ...patch } : k)))
  return (
    <fieldset className="fieldset fieldset-nested" data-testid="completion-erasure">
      <legend>{t('requests.completion.erasure.legend')}</legend>
      <KeyPicker
        idPrefix="completion-erased"
        legend={t('requests.completion.erasure.erased')}
        hint={t('requests.completion.erasure.erasedHint')}
        choices={categories}
        value={value.erased}
        onChange={(erased) => onChange({ ...value, erased })}
      />
      {value.kept.map((k, index) => {
        const id = `completion-kept-${k.key}`
        return (
          <fieldset key={k.key} className="row" data-testid={id}>
            <legend>{t('requests.completion.erasure.keptItem', { n: index + 1 })}</legend>
            <KeyPicker
              idPrefix={`${id}-categories`}
              legend={t('requests.completion.erasure.categories')}
              choices={categories}
              value={k.categories}
              onChange={(next) => update(k.key, { categories: next })}
            />
            <div className="form-grid">
              <SelectField
                id={`${id}-ground`}
                testId={`${id}-ground`}
                label={t('requests.completion.erasure.ground')}
                value={k.ground}
                onChange={(v) => update(k.key, { ground: ERASURE_GROUNDS.find((g) => g === v) ?? '' })}
              >
                <option value="">—</option>
                {ERASURE_GROUNDS.map((g) => (
                  <option key={g} value={g}>
                    {t(`requests.completion.erasure.grounds.${g}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id={`${id}-rule`}
                testId={`${id}-rule`}
                label={t('requests.completion.erasure.retentionRule')}
                value={k.retentionRule}
                onChange={(retentionRule) => update(k.key, { retentionRule })}
              >
                <option value="">{t('requests.pickers.noRule')}</option>
                {rules.map((rule) => (
                  <option key={rule.key} value={rule.key}>
                    {labelOf(rule)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={`${id}-until`}
                type="date"
                label={t('requests.completion.erasure.until')}
                optional
                value={k.until}
                onChange={(until) => update(k.key, { until })}
              />
            </div>
            <TextAreaField
              id={`${id}-explanation`}
              label={t('requests.completion.erasure.explanation')}
              hint={t('requests.completion.erasure.explanationHint')}
              optional
              value={k.explanation}
              onChange={(explanation) => update(k.key, { explanation })}
            />
            <div className="row-actions">
              <button
                type="button"
                className="button-danger-quiet"
                aria-label={`${t('requests.completion.erasure.removeKept')}: ${t('requests.completion.erasure.keptItem', { n: index + 1 })}`}
                onClick={() => setKept(value.kept.filter((x) => x.key !== k.key))}
              >
                {t('requests.completion.erasure.removeKept')}
              </button>
            </div>
          </fieldset>
        )
      })}
      <p>
        <button
          type="button"
          className="button-secondary"
          data-testid="completion-add-kept"
          onClick={() =>
            setKept([
              ...value.kept,
              {
                key: nextKey.current++,
                categories: [],
                ground: '',
                retentionRule: '',
                until: '',
                explanation: '',
              },
            ])
          }
        >
          {t('requests.completion.erasure.addKept')}
        </button>
      </p>
    </fieldset>
  )
}
