import { useTranslation } from 'react-i18next'
import type { Ability } from '../../api/types'
import { abilityLabel } from '../../app/abilities'

interface Props {
  idPrefix: string
  available: readonly Ability[]
  selected: readonly Ability[]
  onChange: (selected: Ability[]) => void
  error?: string | undefined
}

/** Checkboxes for the scopes a token may get (only those of the creator's role). */
export function ScopeCheckboxes({ idPrefix, available, selected, onChange, error }: Props) {
  const { t } = useTranslation()
  const errorId = `${idPrefix}-error`
  const toggle = (ability: Ability, on: boolean) =>
    onChange(on ? [...selected, ability] : selected.filter((a) => a !== ability))
  return (
    <fieldset
      className="fieldset"
      id={idPrefix}
      tabIndex={-1}
      aria-describedby={`${idPrefix}-hint${error ? ` ${errorId}` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('tokens.scopesLegend')}</legend>
      <p id={`${idPrefix}-hint`} className="hint">
        {t('tokens.scopesHint')}
      </p>
      <div className="checkbox-grid">
        {available.map((ability) => {
          const id = `${idPrefix}-${ability.replace(':', '-')}`
          return (
            <div key={ability} className="checkbox-field">
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(ability)}
                onChange={(e) => toggle(ability, e.target.checked)}
              />
              <label htmlFor={id}>
                {abilityLabel(t, ability)} <code className="scope-code">{ability}</code>
              </label>
            </div>
          )
        })}
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
