import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextField } from '../../form/TextField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { ActionForm } from './ActionForm'
import { type ActionTarget, useAction } from './useAction'

/** Start handling; optionally say how identity was already confirmed. */
export function StartForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'start')
  const [confirmedBy, setConfirmedBy] = useState('')
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() =>
        void state.submit(confirmedBy.trim() ? { identityConfirmedBy: confirmedBy.trim() } : {})
      }
    >
      <TextField
        id="action-identityConfirmedBy"
        testId="action-identityConfirmedBy"
        label={t('requests.actions.identityConfirmedBy')}
        hint={t('requests.actions.identityConfirmedByHint')}
        optional
        maxLength={500}
        value={confirmedBy}
        onChange={setConfirmedBy}
      />
    </ActionForm>
  )
}

/** Record how identity was confirmed. */
export function ConfirmIdentityForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'confirm_identity')
  const [method, setMethod] = useState('')
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() =>
        method.trim()
          ? void state.submit({ method: method.trim() })
          : state.refuse(t('requests.problems.method_required'))
      }
    >
      <TextField
        id="action-method"
        testId="action-method"
        label={t('requests.actions.method')}
        required
        maxLength={500}
        value={method}
        onChange={setMethod}
      />
    </ActionForm>
  )
}

/** The fee was paid: nothing to fill in. */
export function FeePaidForm({ target }: { target: ActionTarget }) {
  const state = useAction(target, 'fee_paid')
  return <ActionForm {...state} onCancel={target.onCancel} onSubmit={() => void state.submit({})} />
}

/** Waive the fee, close or record a withdrawal, with an optional note. */
export function NoteActionForm({
  target,
  action,
}: {
  target: ActionTarget
  action: 'waive_fee' | 'close' | 'withdraw'
}) {
  const { t } = useTranslation()
  const state = useAction(target, action)
  const [note, setNote] = useState('')
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => void state.submit(note.trim() ? { note: note.trim() } : {})}
    >
      <TextAreaField
        id="action-note"
        testId="action-note"
        label={t('requests.actions.note')}
        optional
        maxLength={2000}
        value={note}
        onChange={setNote}
      />
    </ActionForm>
  )
}
