import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../form/SelectField'
import { TextField } from '../form/TextField'
import { actionLabel, auditActionList } from './auditActions'
import { type AuditFilterValues, NO_FILTERS } from './auditFilters'

interface Props {
  initial: AuditFilterValues
  onApply: (filters: AuditFilterValues) => void
}

/** Filter the audit log by action, actor and period. */
export function AuditFilters({ initial, onApply }: Props) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const set = (key: keyof AuditFilterValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(values)
  }

  return (
    <form onSubmit={submit} className="filters" aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title" className="visually-hidden">
        {t('audit.filters')}
      </h2>
      <SelectField id="audit-action" label={t('audit.action')} value={values.action} onChange={set('action')}>
        <option value="">{t('audit.allActions')}</option>
        {auditActionList()
          .map((action) => ({ action, label: actionLabel(t, action) }))
          .sort((a, b) => a.label.localeCompare(b.label))
          .map(({ action, label }) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
      </SelectField>
      <TextField id="audit-actor" label={t('audit.actor')} value={values.actor} onChange={set('actor')} />
      <TextField
        id="audit-from"
        label={t('audit.from')}
        type="date"
        value={values.from}
        onChange={set('from')}
      />
      <TextField id="audit-to" label={t('audit.to')} type="date" value={values.to} onChange={set('to')} />
      <div className="filter-actions">
        <button type="submit" className="button-primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setValues(NO_FILTERS)
            onApply(NO_FILTERS)
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  )
}
