import { Conflict, type DomainError, type FieldIssue, InvalidInput, TooLarge } from '../../domain/errors'
import type { OpenRequestError, TransitionError } from '../../domain/requests'

/**
 * The domain's refusals as domain errors (problem details at the HTTP edge): 409 when the request's state does not allow the action now, 422 when
 * the input lacks what the GDPR requires. The `type` carries the domain code for clients.
 */
const TRANSITION_PROBLEMS: Record<TransitionError, { status: 409 | 422; path: string; detail: string }> = {
  request_closed: {
    status: 409,
    path: 'status',
    detail: 'The request is closed; a closed request is final.',
  },
  invalid_date: { status: 422, path: 'at', detail: 'The date of the action is not valid.' },
  before_last_change: {
    status: 409,
    path: 'at',
    detail: 'The request changed after this moment; reload it and try again.',
  },
  not_allowed_in_status: {
    status: 409,
    path: 'status',
    detail: 'This action is not possible in the current status of the request.',
  },
  already_extended: {
    status: 409,
    path: 'status',
    detail: 'The time limit was already extended; Art. 12(3) allows one extension of two months.',
  },
  extension_too_late: {
    status: 409,
    path: 'status',
    detail:
      'The first month has passed: an extension must be decided and told to the subject within one month of receipt (Art. 12(3)).',
  },
  reasons_required: {
    status: 422,
    path: 'body.reasons',
    detail: 'Give the reasons: the GDPR requires them.',
  },
  reason_required: { status: 422, path: 'body.reason', detail: 'Say why the identity needs confirming.' },
  identity_evidence_required: {
    status: 422,
    path: 'body.needed',
    detail: 'Say what the subject must provide to confirm their identity.',
  },
  identity_already_confirmed: {
    status: 409,
    path: 'identity',
    detail: 'The identity of the subject is already confirmed; asking for more would not be proportionate.',
  },
  identity_not_requested: {
    status: 422,
    path: 'body.ground',
    detail:
      'Identity cannot be a ground for refusal when no identity information was asked for (Art. 11(2), 12(2)).',
  },
  method_required: { status: 422, path: 'body.method', detail: 'Say how the identity was confirmed.' },
  fee_already_warned: { status: 409, path: 'fee', detail: 'The subject was already warned of a fee.' },
  fee_not_warned: { status: 409, path: 'fee', detail: 'No fee was announced for this request.' },
  fee_ground_invalid: {
    status: 422,
    path: 'body.ground',
    detail: 'A fee is only possible for a manifestly unfounded or excessive request (Art. 12(5)).',
  },
  invalid_amount: {
    status: 422,
    path: 'body.amountCents',
    detail: 'The fee must be a positive amount in cents.',
  },
  controller_required: { status: 422, path: 'body.controller', detail: 'Name the controller to forward to.' },
  ground_invalid: { status: 422, path: 'body.ground', detail: 'Unknown refusal ground.' },
  ground_not_applicable: {
    status: 422,
    path: 'body.ground',
    detail:
      'Compelling legitimate grounds only answer an objection to legitimate-interest processing (Art. 21(1)).',
  },
  legal_reference_required: {
    status: 422,
    path: 'body.legalReference',
    detail: 'Name the law that obliges the organisation (legal_obligation ground).',
  },
  direct_marketing_objection_absolute: {
    status: 422,
    path: 'body.refusedTypes',
    detail: 'An objection to direct marketing cannot be refused: it is absolute (Art. 21(3)).',
  },
  refused_part_required: {
    status: 422,
    path: 'body.refusedTypes',
    detail: 'Say which rights or which part of the request are refused.',
  },
  nothing_granted: {
    status: 422,
    path: 'body.refusedTypes',
    detail: 'Every right asked for is refused: use the refuse action instead.',
  },
  unknown_type: {
    status: 422,
    path: 'body.refusedTypes',
    detail: 'A refused right is not part of this request.',
  },
  access_details_required: {
    status: 422,
    path: 'body.details.access',
    detail: 'Say how the copy of the data is delivered (details.access) for an access request.',
  },
  erasure_details_required: {
    status: 422,
    path: 'body.details.erasure',
    detail: 'Say what was erased and what is kept, and why (details.erasure), for an erasure request.',
  },
  retention_rule_required: {
    status: 422,
    path: 'body.details.erasure.kept',
    detail:
      'Data kept because of a legal obligation needs the retention rule (or an explanation) naming the law.',
  },
  transmission_recipient_required: {
    status: 422,
    path: 'body.details.portability.transmittedTo',
    detail: 'Name the controller the data was transmitted to.',
  },
}

export function transitionProblem(reason: TransitionError): DomainError {
  const p = TRANSITION_PROBLEMS[reason]
  const type = `urn:custos:problem:request:${reason}`
  const fields = [{ path: p.path, message: reason, code: reason }]
  return p.status === 409
    ? new Conflict(reason, p.detail, { fields, type })
    : new InvalidInput(fields, p.detail, reason, { type })
}

const OPEN_PROBLEMS: Record<OpenRequestError, { path: string; detail: string }> = {
  types_required: { path: 'body.types', detail: 'Name at least one right the subject exercises.' },
  unknown_type: { path: 'body.types', detail: 'Unknown request type.' },
  unknown_channel: { path: 'body.channel', detail: 'Unknown channel.' },
  reference_required: { path: 'reference', detail: 'The request needs a reference.' },
  invalid_date: { path: 'body.receivedAt', detail: 'The date of receipt cannot be in the future.' },
}

export function openProblem(reason: OpenRequestError): DomainError {
  const p = OPEN_PROBLEMS[reason]
  return new InvalidInput([{ path: p.path, message: reason, code: reason }], p.detail, reason, {
    type: `urn:custos:problem:request:${reason}`,
  })
}

/**
 * Refusals of the request service that are not the domain's: the same `type` scheme (urn:custos:problem:request:
 * {code}) so clients show their own text, and each field problem carries a `code` too.
 */
export type ServiceProblemCode =
  | 'received_in_future'
  | 'attachment_too_large'
  | 'assignee_not_handler'
  | 'not_processor_activity'
  | 'client_not_of_activity'
  | 'unknown_client'
  | 'client_required'
  | 'unknown_register_keys'

type LooseFieldIssue = Omit<FieldIssue, 'code'> & Partial<Pick<FieldIssue, 'code'>>

export function requestProblem(
  status: 409 | 413 | 422,
  code: ServiceProblemCode,
  detail: string,
  errors: readonly LooseFieldIssue[],
): DomainError {
  const fields = errors.map((e) => ({ ...e, code: e.code ?? code }))
  const type = `urn:custos:problem:request:${code}`
  if (status === 409) return new Conflict(code, detail, { fields, type })
  if (status === 413) return new TooLarge(code, detail, { fields, type })
  return new InvalidInput(fields, detail, code, { type })
}
