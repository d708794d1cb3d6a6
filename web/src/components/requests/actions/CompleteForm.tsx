import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionForm } from './ActionForm'
import { CompletionFields } from './CompletionFields'
import { completionDetails, EMPTY_COMPLETION, missingDetail } from './completionDraft'
import { type ActionTarget, useAction } from './useAction'

/** Answer the request: what was done for each right; the server queues the answer letter. */
export function CompleteForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'complete')
  const [draft, setDraft] = useState(EMPTY_COMPLETION)
  const { types } = target.request
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        const missing = missingDetail(draft, types)
        if (missing) return state.refuse(t(`requests.problems.${missing}`))
        void state.submit({ details: completionDetails(draft, types) })
      }}
    >
      <CompletionFields slug={target.slug} types={types} value={draft} onChange={setDraft} />
    </ActionForm>
  )
}
