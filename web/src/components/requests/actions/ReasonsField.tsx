import { useTranslation } from 'react-i18next'
import { TextAreaField } from '../../register/form/TextAreaField'

/** Reasons the GDPR requires, one per line (each becomes a reason in the letter). */
export function ReasonsField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  return (
    <TextAreaField
      id="action-reasons"
      testId="action-reasons"
      label={t('requests.actions.reasons')}
      hint={t('requests.actions.reasonsHint')}
      required
      rows={4}
      value={value}
      onChange={onChange}
    />
  )
}
