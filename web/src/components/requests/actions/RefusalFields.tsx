import { useTranslation } from 'react-i18next'
import { REFUSAL_GROUNDS, type RefusalGround } from '../../../api/types'
import { SelectField } from '../../form/SelectField'
import { TextField } from '../../form/TextField'
import { ReasonsField } from './ReasonsField'

export interface RefusalDraft {
  ground: RefusalGround | ''
  reasons: string
  legalReference: string
}

export const EMPTY_REFUSAL: RefusalDraft = { ground: '', reasons: '', legalReference: '' }

/** The ground, the reasons and (for a legal obligation) the law of a refusal (Art. 12(4)). */
export function RefusalFields({
  value,
  onChange,
}: {
  value: RefusalDraft
  onChange: (next: RefusalDraft) => void
}) {
  const { t } = useTranslation()
  return (
    <>
      <SelectField
        id="action-ground"
        testId="action-ground"
        className="field-medium"
        label={t('requests.actions.refusalGround')}
        value={value.ground}
        onChange={(v) => onChange({ ...value, ground: REFUSAL_GROUNDS.find((g) => g === v) ?? '' })}
      >
        <option value="">—</option>
        {REFUSAL_GROUNDS.map((g) => (
          <option key={g} value={g}>
            {t(`requests.actions.refusalGrounds.${g}`)}
          </option>
        ))}
      </SelectField>
      <ReasonsField value={value.reasons} onChange={(reasons) => onChange({ ...value, reasons })} />
      <TextField
        id="action-legalReference"
        testId="action-legalReference"
        label={t('requests.actions.legalReference')}
        hint={t('requests.actions.legalReferenceHint')}
        optional={value.ground !== 'legal_obligation'}
        maxLength={500}
        value={value.legalReference}
        onChange={(legalReference) => onChange({ ...value, legalReference })}
      />
    </>
  )
}
