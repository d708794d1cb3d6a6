import { useTranslation } from 'react-i18next'
import { Rows } from '../form/Rows'
import type { PurposeUse } from '../types'
import type { SectionProps } from './activityDraft'
import { PurposeRow } from './PurposeRow'

/** Art. 30(1)(b) and Art. 6: why the data is processed, and on which legal basis. */
export function PurposesFieldset(props: SectionProps) {
  const { t } = useTranslation()
  const { draft, change, errors } = props
  return (
    <Rows<PurposeUse>
      section
      path="purposes"
      legend={t('register.activity.purposesSection')}
      hint={t('register.activity.purposesHint')}
      items={draft.purposes ?? []}
      onChange={(purposes) => change({ purposes })}
      newItem={() => ({ purpose: '' })}
      rowLegend={(i) => t('register.activity.purposeRow', { n: i + 1 })}
      addLabel={t('register.activity.addPurpose')}
      empty={t('register.activity.noPurposes')}
      errors={errors}
      testId="purposes"
      renderRow={(item, i, update) => <PurposeRow {...props} item={item} index={i} update={update} />}
    />
  )
}
