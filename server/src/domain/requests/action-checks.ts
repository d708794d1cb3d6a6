import type { ActionInputs, RequestAction, TransitionError } from './actions'
import {
  type CompletionDetails,
  type DataSubjectRequest,
  FEE_GROUNDS,
  IDENTITY_EVIDENCE,
  REFUSAL_GROUNDS,
  type RefusalGround,
} from './request'
import type { RequestType } from './request-types'

/**
 * The rules on each action's input, independent of the status: reasons where the GDPR requires them
 * (Art. 12(3)-(5)), the absolute right to object to direct marketing (Art. 21(3)), and what an answer must state.
 */

const blank = (text: string | undefined | null) => text === undefined || text === null || text.trim() === ''
const noReasons = (reasons: readonly string[]) => reasons.filter((r) => !blank(r)).length === 0

function checkDetails(types: readonly RequestType[], details: CompletionDetails): TransitionError | null {
  if (types.includes('access') && !details.access) return 'access_details_required'
  if (types.includes('erasure') && !details.erasure) return 'erasure_details_required'
  for (const kept of details.erasure?.kept ?? []) {
    if (kept.ground === 'legal_obligation' && blank(kept.retentionRule) && blank(kept.explanation)) {
      return 'retention_rule_required'
    }
  }
  if (details.portability?.delivery === 'transmitted' && blank(details.portability.transmittedTo)) {
    return 'transmission_recipient_required'
  }
  return null
}

function checkRefusal(
  request: DataSubjectRequest,
  refused: readonly RequestType[],
  input: { ground: RefusalGround; reasons: readonly string[]; legalReference?: string },
): TransitionError | null {
  if (!REFUSAL_GROUNDS.includes(input.ground)) return 'ground_invalid'
  if (noReasons(input.reasons)) return 'reasons_required'
  if (refused.includes('objection_direct_marketing')) return 'direct_marketing_objection_absolute'
  if (input.ground === 'identity_not_established' && request.identity.requestedAt === null) {
    return 'identity_not_requested'
  }
  if (
    input.ground === 'compelling_legitimate_grounds' &&
    !request.types.includes('objection_legitimate_interest')
  ) {
    return 'ground_not_applicable'
  }
  if (input.ground === 'legal_obligation' && blank(input.legalReference)) return 'legal_reference_required'
  return null
}

/** The input error of `action`, or null when the input is acceptable. */
export function checkInput<A extends RequestAction>(
  request: DataSubjectRequest,
  action: A,
  input: ActionInputs[A],
): TransitionError | null {
  const typed = { action, input } as {
    [K in RequestAction]: { action: K; input: ActionInputs[K] }
  }[RequestAction]
  switch (typed.action) {
    case 'request_identity': {
      const { needed, reason } = typed.input
      if (request.identity.confirmedAt !== null) return 'identity_already_confirmed'
      if (needed.length === 0 || needed.some((n) => !IDENTITY_EVIDENCE.includes(n))) {
        return 'identity_evidence_required'
      }
      return blank(reason) ? 'reason_required' : null
    }
    case 'confirm_identity':
      return blank(typed.input.method) ? 'method_required' : null
    case 'extend':
      return noReasons(typed.input.reasons) ? 'reasons_required' : null
    case 'warn_fee': {
      const { ground, reasons, amountCents } = typed.input
      if (!FEE_GROUNDS.includes(ground)) return 'fee_ground_invalid'
      if (noReasons(reasons)) return 'reasons_required'
      return Number.isSafeInteger(amountCents) && amountCents > 0 ? null : 'invalid_amount'
    }
    case 'forward_to_controller':
      return blank(typed.input.controller.name) ? 'controller_required' : null
    case 'complete':
      return checkDetails(request.types, typed.input.details)
    case 'partially_refuse': {
      const { refusedTypes, refusedScope, details } = typed.input
      if (refusedTypes.some((t) => !request.types.includes(t))) return 'unknown_type'
      if (refusedTypes.length === 0 && blank(refusedScope)) return 'refused_part_required'
      const granted = request.types.filter((t) => !refusedTypes.includes(t))
      if (granted.length === 0) return 'nothing_granted'
      return checkRefusal(request, refusedTypes, typed.input) ?? checkDetails(granted, details)
    }
    case 'refuse':
      return checkRefusal(request, request.types, typed.input)
    default:
      return null
  }
}
