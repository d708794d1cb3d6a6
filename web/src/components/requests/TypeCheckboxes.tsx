import { useTranslation } from 'react-i18next'
import type { RequestType } from '../../api/types'
import { CheckboxField } from '../form/CheckboxField'

interface Props {
  idPrefix: string
  legend: string
  types: readonly RequestType[]
  value: readonly RequestType[]
  onChange: (next: RequestType[]) => void
  error?: string | undefined
  /** Show the one-line explanation of each right. */
  explain?: boolean
}

/** Rights as checkboxes, each with its one-line explanation. */
export function TypeCheckboxes({ idPrefix, legend, types, value, onChange, error, explain = true }: Props) {
  const { t } = useTranslation()
  const errorId = `${idPrefix}-error`
  return (
    <fieldset
      className="fieldset fieldset-nested"
      aria-describedby={error ? errorId : undefined}
      data-testid={`${idPrefix}-types`}
    >
      <legend>{legend}</legend>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="checkbox-grid">
        {types.map((type) => (
          <CheckboxField
            key={type}
            id={`${idPrefix}-${type}`}
            testId={`${idPrefix}-${type}`}
            label={t(`requests.types.${type}.label`)}
            description={explain ? t(`requests.types.${type}.help`) : undefined}
            checked={value.includes(type)}
            onChange={(checked) =>
              onChange(
                checked
                  ? types.filter((x) => x === type || value.includes(x))
                  : value.filter((x) => x !== type),
              )
            }
          />
        ))}
      </div>
    </fieldset>
  )
}
