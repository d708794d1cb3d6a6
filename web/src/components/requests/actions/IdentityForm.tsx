import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { IDENTITY_EVIDENCE, type IdentityEvidence } from '../../../api/types'
import { CheckboxField } from '../../form/CheckboxField'
import { TextAreaField } from '../../register/form/TextAreaField'
import { ActionForm } from './ActionForm'
import { type ActionTarget, useAction } from './useAction'

/** Ask for what is needed to confirm identity (Art. 12(6)), with the reason. */
export function RequestIdentityForm({ target }: { target: ActionTarget }) {
  const { t } = useTranslation()
  const state = useAction(target, 'request_identity')
  const [needed, setNeeded] = useState<IdentityEvidence[]>([])
  const [reason, setReason] = useState('')
  const [details, setDetails] = useState('')
  return (
    <ActionForm
      {...state}
      onCancel={target.onCancel}
      onSubmit={() => {
        if (needed.length === 0) return state.refuse(t('requests.actions.neededRequired'))
        if (!reason.trim()) return state.refuse(t('requests.problems.reason_required'))
        void state.submit({
          needed,
          reason: reason.trim(),
          ...(details.trim() ? { details: details.trim() } : {}),
        })
      }}
    >
      <fieldset className="fieldset fieldset-nested" data-testid="action-needed">
        <legend>{t('requests.actions.needed')}</legend>
        {IDENTITY_EVIDENCE.map((e) => (
          <CheckboxField
            key={e}
            id={`action-needed-${e}`}
            testId={`action-needed-${e}`}
            label={t(`requests.actions.evidence.${e}`)}
            checked={needed.includes(e)}
            onChange={(on) =>
              setNeeded(
                on
                  ? IDENTITY_EVIDENCE.filter((x) => x === e || needed.includes(x))
                  : needed.filter((x) => x !== e),
              )
            }
          />
        ))}
      </fieldset>
      <TextAreaField
        id="action-reason"
        testId="action-reason"
        label={t('requests.actions.reason')}
        hint={t('requests.actions.reasonHint')}
        required
        maxLength={2000}
        value={reason}
        onChange={setReason}
      />
      <TextAreaField
        id="action-details"
        testId="action-details"
        label={t('requests.actions.identityDetails')}
        optional
        maxLength={2000}
        value={details}
        onChange={setDetails}
      />
    </ActionForm>
  )
}
