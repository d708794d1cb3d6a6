import { toBrusselsDate } from '../brussels-time'
import type { ActionInputs, RequestAction } from './actions'
import { type DeadlineOptions, requestTimeline } from './deadlines'
import type { LetterSpec } from './letter-spec'
import type { DataSubjectRequest } from './request'

/** The facts every letter about `request` repeats. */
function specBase(request: DataSubjectRequest, at: Date) {
  return {
    language: request.language,
    reference: request.reference,
    date: toBrusselsDate(at),
    receivedOn: toBrusselsDate(request.receivedAt),
    channel: request.channel,
    types: request.types,
    addressee: request.subject,
  }
}

const clean = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '')
const optional = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim())

/** The acknowledgement sent on receipt (Art. 12(3): the subject learns the reference and the due date). */
export function acknowledgementSpec(
  request: DataSubjectRequest,
  at: Date,
  options: DeadlineOptions,
): LetterSpec {
  const timeline = requestTimeline(request, at, options)
  return {
    ...specBase(request, at),
    kind: 'acknowledgement',
    sendBy: null,
    dueDate: timeline.dueDate ?? timeline.receivedOn,
    identityConfirmed: request.identity.confirmedAt !== null,
  }
}

/**
 * The letter `action` sends, given the request after the transition (`next`), or null. Answers must leave by the
 * current due date; the extension notice by the original one (Art. 12(3)).
 */
export function letterForTransition<A extends RequestAction>(
  next: DataSubjectRequest,
  action: A,
  at: Date,
  input: ActionInputs[A],
  options: DeadlineOptions,
): LetterSpec | null {
  const timeline = requestTimeline(next, at, options)
  const base = { ...specBase(next, at), sendBy: timeline.currentDueDate }
  const typed = { action, input } as {
    [K in RequestAction]: { action: K; input: ActionInputs[K] }
  }[RequestAction]
  switch (typed.action) {
    case 'request_identity':
      return {
        ...base,
        kind: 'identity_needed',
        sendBy: null,
        needed: typed.input.needed,
        reason: typed.input.reason.trim(),
        details: optional(typed.input.details),
        clock: timeline.clockBasis,
        dueDate: timeline.clockBasis === 'receipt' ? timeline.dueDate : null,
      }
    case 'extend':
      if (timeline.dueDate === null || timeline.extendedDueDate === null) return null
      return {
        ...base,
        kind: 'extension',
        sendBy: timeline.dueDate,
        dueDate: timeline.dueDate,
        extendedDueDate: timeline.extendedDueDate,
        reasons: clean(typed.input.reasons),
      }
    case 'warn_fee':
      return {
        ...base,
        kind: 'fee_warning',
        ground: typed.input.ground,
        reasons: clean(typed.input.reasons),
        amountCents: typed.input.amountCents,
        paymentDetails: optional(typed.input.paymentDetails),
      }
    case 'forward_to_controller':
      return {
        ...base,
        kind: 'forwarded',
        sendBy: null,
        controller: typed.input.controller,
        forwardedOn: toBrusselsDate(at),
      }
    case 'complete':
      return { ...base, kind: 'completed', details: typed.input.details }
    case 'partially_refuse':
      return {
        ...base,
        kind: 'partially_refused',
        details: typed.input.details,
        refusedTypes: typed.input.refusedTypes,
        refusedScope: optional(typed.input.refusedScope),
        ground: typed.input.ground,
        reasons: clean(typed.input.reasons),
        legalReference: optional(typed.input.legalReference),
      }
    case 'refuse':
      return {
        ...base,
        kind: 'refused',
        ground: typed.input.ground,
        reasons: clean(typed.input.reasons),
        legalReference: optional(typed.input.legalReference),
      }
    default:
      return null
  }
}
