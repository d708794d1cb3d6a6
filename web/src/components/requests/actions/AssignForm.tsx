import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../form/SelectField'
import type { Members } from '../useMembers'
import { ActionForm } from './ActionForm'
import { type ActionTarget, useAction } from './useAction'

/** Give the request to a member who handles requests, or to nobody. */
export function AssignForm({ target, members }: { target: ActionTarget; members: Members }) {
  const { t } = useTranslation()
  const state = useAction(target, 'assign')
  const [assignee, setAssignee] = useState(target.request.assigneeId ?? '')
  const current = target.request.assignee
  const listed = current === null || members.handlers.some((m) => m.userId === current.id)
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => void state.submit({ assigneeId: assignee || null })}
    >
      {members.failed ? <p className="hint">{t('requests.actions.membersUnavailable')}</p> : null}
      <SelectField
        id="action-assignee"
        testId="action-assignee"
        className="field-medium"
        label={t('requests.actions.assignee')}
        value={assignee}
        onChange={setAssignee}
      >
        <option value="">{t('requests.actions.nobody')}</option>
        {listed ? null : <option value={current.id}>{current.name || current.email}</option>}
        {members.handlers.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.displayName || m.email} ({t(`roles.${m.role}`)})
          </option>
        ))}
      </SelectField>
    </ActionForm>
  )
}
