import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../form/CheckboxField'
import { type RegisterChoice, useChoiceLabels } from '../registerChoices'

interface Props {
  idPrefix: string
  legend: string
  hint?: string | undefined
  /** In the order to show them. */
  choices: readonly RegisterChoice[]
  value: readonly string[]
  onChange: (next: string[]) => void
  /** A short note after the label of some choices (e.g. the legal basis). */
  noteOf?: (choice: RegisterChoice) => string | undefined
}

/** Entries of the register as checkboxes, labelled in the interface language; nothing to type. */
export function KeyPicker({ idPrefix, legend, hint, choices, value, onChange, noteOf }: Props) {
  const { t } = useTranslation()
  const { labelOf } = useChoiceLabels()
  const hintId = `${idPrefix}-hint`
  // Keys chosen before but no longer in the register stay visible, so they can be unticked.
  const gone = value.filter((key) => !choices.some((c) => c.key === key))
  return (
    <fieldset
      className="fieldset fieldset-nested"
      aria-describedby={hint ? hintId : undefined}
      data-testid={idPrefix}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {choices.length === 0 && gone.length === 0 ? (
        <p className="muted">{t('requests.pickers.noneInRegister')}</p>
      ) : (
        <div className="checkbox-grid">
          {choices.map((choice) => (
            <CheckboxField
              key={choice.key}
              id={`${idPrefix}-${choice.key}`}
              testId={`${idPrefix}-${choice.key}`}
              label={labelOf(choice)}
              description={noteOf?.(choice)}
              checked={value.includes(choice.key)}
              onChange={(checked) =>
                onChange(checked ? [...value, choice.key] : value.filter((k) => k !== choice.key))
              }
            />
          ))}
          {gone.map((key) => (
            <CheckboxField
              key={key}
              id={`${idPrefix}-${key}`}
              label={key}
              description={t('requests.pickers.notInRegister')}
              checked
              onChange={() => onChange(value.filter((k) => k !== key))}
            />
          ))}
        </div>
      )}
    </fieldset>
  )
}
