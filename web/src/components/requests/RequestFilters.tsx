import { useTranslation } from 'react-i18next'
import { REQUEST_STATUSES, REQUEST_TYPES, type RequestStatus, type RequestType } from '../../api/types'
import { SelectField } from '../form/SelectField'

export type StatusFilter = RequestStatus | 'open' | ''
export type AssigneeFilter = 'me' | 'none' | ''

export interface Filters {
  status: StatusFilter
  type: RequestType | ''
  assignee: AssigneeFilter
}

/** Status, right and assignee filters of the worklist. */
export function RequestFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation()
  return (
    <section className="filters" aria-label={t('requests.dashboard.filters')}>
      <SelectField
        id="requests-filter-status"
        testId="requests-filter-status"
        label={t('requests.dashboard.status')}
        value={value.status}
        onChange={(v) =>
          onChange({
            ...value,
            status: v === 'open' ? 'open' : (REQUEST_STATUSES.find((s) => s === v) ?? ''),
          })
        }
      >
        <option value="">{t('requests.dashboard.allStatuses')}</option>
        <option value="open">{t('requests.dashboard.openOnly')}</option>
        {REQUEST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`requests.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="requests-filter-type"
        testId="requests-filter-type"
        label={t('requests.dashboard.type')}
        value={value.type}
        onChange={(v) => onChange({ ...value, type: REQUEST_TYPES.find((x) => x === v) ?? '' })}
      >
        <option value="">{t('requests.dashboard.allTypes')}</option>
        {REQUEST_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`requests.types.${type}.short`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="requests-filter-assignee"
        testId="requests-filter-assignee"
        label={t('requests.dashboard.assignee')}
        value={value.assignee}
        onChange={(v) => onChange({ ...value, assignee: v === 'me' || v === 'none' ? v : '' })}
      >
        <option value="">{t('requests.dashboard.everyone')}</option>
        <option value="me">{t('requests.dashboard.mine')}</option>
        <option value="none">{t('requests.dashboard.unassigned')}</option>
      </SelectField>
    </section>
  )
}
