import type {
  CompletionDetails,
  ControllerContact,
  FeeGround,
  IdentityEvidence,
  RefusalGround,
  RequestStatus,
} from './request'
import type { RequestType } from './request-types'

/** What an agent (or the subject, for withdraw) can do with a request, and the input each action needs. */
export interface ActionInputs {
  /** Give the request to an agent (null: unassigned). Keeps the status. */
  assign: { readonly assigneeId: string | null }
  /** Start handling; identity needs no further check (pass how it was confirmed, if it was). */
  start: { readonly identityConfirmedBy?: string }
  /** Art. 12(6): ask for what is needed to confirm identity, and say why. */
  request_identity: {
    readonly needed: readonly IdentityEvidence[]
    readonly reason: string
    readonly details?: string
  }
  confirm_identity: { readonly method: string }
  /** Art. 12(3): two further months, with reasons, decided and told within the first month. */
  extend: { readonly reasons: readonly string[] }
  /** Art. 12(5): warn before charging a reasonable fee for a manifestly unfounded or excessive request. */
  warn_fee: {
    readonly ground: FeeGround
    readonly reasons: readonly string[]
    readonly amountCents: number
    readonly paymentDetails?: string
  }
  fee_paid: Record<string, never>
  waive_fee: { readonly note?: string }
  /** The organisation is processor for the data concerned: its controller answers (Art. 28(3)(e)). */
  forward_to_controller: { readonly controller: ControllerContact; readonly activityKey?: string }
  complete: { readonly details: CompletionDetails }
  /** Art. 12(4): part refused, with reasons and the complaint route; the rest answered as in `complete`. */
  partially_refuse: {
    readonly details: CompletionDetails
    readonly refusedTypes: readonly RequestType[]
    readonly refusedScope?: string
    readonly ground: RefusalGround
    readonly reasons: readonly string[]
    readonly legalReference?: string
  }
  /** Art. 12(4): not acted on, with reasons and the complaint route. */
  refuse: {
    readonly ground: RefusalGround
    readonly reasons: readonly string[]
    readonly legalReference?: string
  }
  /** File an answered request. Closed is final. */
  close: { readonly note?: string }
  /** The subject withdrew the request (e.g. after a fee warning). Closes it. */
  withdraw: { readonly note?: string }
}
export type RequestAction = keyof ActionInputs

/** The statuses each action may start from. */
export const ALLOWED_FROM: Readonly<Record<RequestAction, readonly RequestStatus[]>> = {
  assign: [
    'received',
    'awaiting_identity',
    'in_progress',
    'extended',
    'awaiting_fee',
    'completed',
    'partially_refused',
    'refused',
    'forwarded_to_controller',
  ],
  start: ['received'],
  request_identity: ['received', 'in_progress'],
  confirm_identity: ['awaiting_identity'],
  extend: ['received', 'in_progress'],
  warn_fee: ['received', 'in_progress', 'extended'],
  fee_paid: ['awaiting_fee'],
  waive_fee: ['awaiting_fee'],
  forward_to_controller: ['received', 'awaiting_identity', 'in_progress'],
  complete: ['received', 'in_progress', 'extended'],
  partially_refuse: ['received', 'in_progress', 'extended'],
  refuse: ['received', 'awaiting_identity', 'in_progress', 'extended', 'awaiting_fee'],
  close: ['completed', 'partially_refused', 'refused', 'forwarded_to_controller'],
  withdraw: ['received', 'awaiting_identity', 'in_progress', 'extended', 'awaiting_fee'],
}

export const REQUEST_ACTIONS = Object.keys(ALLOWED_FROM) as RequestAction[]

/** Where an action leads; fee_paid and waive_fee return to extended when the request was extended. */
export function targetStatus(action: RequestAction, from: RequestStatus, extended: boolean): RequestStatus {
  switch (action) {
    case 'assign':
      return from
    case 'start':
    case 'confirm_identity':
      return 'in_progress'
    case 'request_identity':
      return 'awaiting_identity'
    case 'extend':
      return 'extended'
    case 'warn_fee':
      return 'awaiting_fee'
    case 'fee_paid':
    case 'waive_fee':
      return extended ? 'extended' : 'in_progress'
    case 'forward_to_controller':
      return 'forwarded_to_controller'
    case 'complete':
      return 'completed'
    case 'partially_refuse':
      return 'partially_refused'
    case 'refuse':
      return 'refused'
    case 'close':
    case 'withdraw':
      return 'closed'
  }
}

/** Why a transition was refused; the UI maps each to a message. */
export type TransitionError =
  | 'request_closed'
  | 'invalid_date'
  | 'before_last_change'
  | 'not_allowed_in_status'
  | 'already_extended'
  | 'extension_too_late'
  | 'reasons_required'
  | 'reason_required'
  | 'identity_evidence_required'
  | 'identity_already_confirmed'
  | 'identity_not_requested'
  | 'method_required'
  | 'fee_already_warned'
  | 'fee_not_warned'
  | 'fee_ground_invalid'
  | 'invalid_amount'
  | 'controller_required'
  | 'ground_invalid'
  | 'ground_not_applicable'
  | 'legal_reference_required'
  | 'direct_marketing_objection_absolute'
  | 'refused_part_required'
  | 'nothing_granted'
  | 'unknown_type'
  | 'access_details_required'
  | 'erasure_details_required'
  | 'retention_rule_required'
  | 'transmission_recipient_required'
