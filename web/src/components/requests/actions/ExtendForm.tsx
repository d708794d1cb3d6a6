import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../../app/format'
import { lines } from '../requestApi'
import { ActionForm } from './ActionForm'
import { ReasonsField } from './ReasonsField'
import { type ActionTarget, useAction } from './useAction'

/** Extend by two months (Art. 12(3)), with reasons. */
export function ExtendForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  const state = useAction(target, 'extend')
  const [reasons, setReasons] = useState('')
  const { extensionNoticeDeadline, maximumExtendedDueDate } = target.request.timeline
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        const list = lines(reasons)
        if (list.length === 0) return state.refuse(t('requests.problems.reasons_required'))
        void state.submit({ reasons: list })
      }}
    >
      {extensionNoticeDeadline && maximumExtendedDueDate ? (
        <p className="alert alert-info">
          {t('requests.detail.canExtendUntil', {
            date: day(extensionNoticeDeadline),
            extended: day(maximumExtendedDueDate),
          })}
        </p>
      ) : null}
      <ReasonsField value={reasons} onChange={setReasons} />
    </ActionForm>
  )
}
