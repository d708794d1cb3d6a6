import type { RequestAction } from '../../../api/types'
import type { Members } from '../useMembers'
import { AssignForm } from './AssignForm'
import { CompleteForm } from './CompleteForm'
import { ExtendForm } from './ExtendForm'
import { WarnFeeForm } from './FeeForm'
import { ForwardForm } from './ForwardForm'
import { RequestIdentityForm } from './IdentityForm'
import { PartialRefuseForm } from './PartialRefuseForm'
import { RefuseForm } from './RefuseForm'
import { ConfirmIdentityForm, FeePaidForm, NoteActionForm, StartForm } from './SimpleForms'
import type { ActionTarget } from './useAction'

/** The form of one action. */
export function ActionFormFor({
  action,
  target,
  members,
}: {
  action: RequestAction
  target: ActionTarget
  members: Members
}) {
  switch (action) {
    case 'assign':
      return <AssignForm target={target} members={members} />
    case 'start':
      return <StartForm target={target} />
    case 'request_identity':
      return <RequestIdentityForm target={target} />
    case 'confirm_identity':
      return <ConfirmIdentityForm target={target} />
    case 'extend':
      return <ExtendForm target={target} />
    case 'warn_fee':
      return <WarnFeeForm target={target} />
    case 'fee_paid':
      return <FeePaidForm target={target} />
    case 'waive_fee':
    case 'close':
    case 'withdraw':
      return <NoteActionForm target={target} action={action} />
    case 'forward_to_controller':
      return <ForwardForm target={target} />
    case 'complete':
      return <CompleteForm target={target} />
    case 'partially_refuse':
      return <PartialRefuseForm target={target} />
    case 'refuse':
      return <RefuseForm target={target} />
  }
}
