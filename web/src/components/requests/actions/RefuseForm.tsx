import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { lines } from '../requestApi'
import { ActionForm } from './ActionForm'
import { EMPTY_REFUSAL, RefusalFields } from './RefusalFields'
import { type ActionTarget, useAction } from './useAction'

/** Refuse the whole request with the ground, reasons and complaint route (Art. 12(4)). */
export function RefuseForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'refuse')
  const [refusal, setRefusal] = useState(EMPTY_REFUSAL)
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        const reasons = lines(refusal.reasons)
        if (!refusal.ground) return state.refuse(t('requests.actions.groundRequired'))
        if (reasons.length === 0) return state.refuse(t('requests.problems.reasons_required'))
        const legalReference = refusal.legalReference.trim()
        void state.submit({ ground: refusal.ground, reasons, ...(legalReference ? { legalReference } : {}) })
      }}
    >
      <RefusalFields value={refusal} onChange={setRefusal} />
    </ActionForm>
  )
}
