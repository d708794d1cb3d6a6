import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestType } from '../../../api/types'
import { TextAreaField } from '../../register/form/TextAreaField'
import { lines } from '../requestApi'
import { TypeCheckboxes } from '../TypeCheckboxes'
import { ActionForm } from './ActionForm'
import { CompletionFields } from './CompletionFields'
import { completionDetails, EMPTY_COMPLETION, missingDetail } from './completionDraft'
import { EMPTY_REFUSAL, RefusalFields } from './RefusalFields'
import { type ActionTarget, useAction } from './useAction'

/** Answer part of the request and refuse the rest, with the ground and reasons (Art. 12(4)). */
export function PartialRefuseForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'partially_refuse')
  const { types } = target.request
  const [refusedTypes, setRefusedTypes] = useState<RequestType[]>([])
  const [refusedScope, setRefusedScope] = useState('')
  const [refusal, setRefusal] = useState(EMPTY_REFUSAL)
  const [draft, setDraft] = useState(EMPTY_COMPLETION)
  const granted = types.filter((type) => !refusedTypes.includes(type))
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        const reasons = lines(refusal.reasons)
        if (refusedTypes.length === 0 && !refusedScope.trim())
          return state.refuse(t('requests.problems.refused_part_required'))
        if (granted.length === 0) return state.refuse(t('requests.problems.nothing_granted'))
        if (!refusal.ground) return state.refuse(t('requests.actions.groundRequired'))
        if (reasons.length === 0) return state.refuse(t('requests.problems.reasons_required'))
        const missing = missingDetail(draft, granted)
        if (missing) return state.refuse(t(`requests.problems.${missing}`))
        const legalReference = refusal.legalReference.trim()
        void state.submit({
          details: completionDetails(draft, granted),
          refusedTypes,
          ...(refusedScope.trim() ? { refusedScope: refusedScope.trim() } : {}),
          ground: refusal.ground,
          reasons,
          ...(legalReference ? { legalReference } : {}),
        })
      }}
    >
      <TypeCheckboxes
        idPrefix="action-refused"
        legend={t('requests.actions.refusedTypes')}
        types={types}
        value={refusedTypes}
        onChange={setRefusedTypes}
        explain={false}
      />
      <TextAreaField
        id="action-refusedScope"
        label={t('requests.actions.refusedScope')}
        hint={t('requests.actions.refusedScopeHint')}
        optional
        maxLength={2000}
        value={refusedScope}
        onChange={setRefusedScope}
      />
      <RefusalFields value={refusal} onChange={setRefusal} />
      <h4 className="form-subtitle">{t('requests.actions.answered')}</h4>
      <CompletionFields slug={target.slug} types={granted} value={draft} onChange={setDraft} />
    </ActionForm>
  )
}
