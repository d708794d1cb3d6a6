import { toBrusselsDate } from '../brussels-time'
import { checkInput } from './action-checks'
import {
  type ActionInputs,
  ALLOWED_FROM,
  type RequestAction,
  type TransitionError,
  targetStatus,
} from './actions'
import { type DeadlineOptions, requestTimeline } from './deadlines'
import { type RequestEvent, type RequestEventAction, requestEvent } from './events'
import type { LetterSpec } from './letter-spec'
import type { DataSubjectRequest, RequestStatus } from './request'
import { letterForTransition } from './transition-letters'

/**
 * The request lifecycle as a pure state machine. `transition` checks that an action is allowed from the current
 * status and that its input says what the GDPR requires, and returns the new request, the events for the audit
 * log and the letter to send. It never throws on a bad action: it returns the reason.
 */

export type TransitionResult =
  | {
      readonly ok: true
      readonly request: DataSubjectRequest
      readonly events: readonly RequestEvent[]
      readonly letter: LetterSpec | null
    }
  | { readonly ok: false; readonly reason: TransitionError }

const fail = (reason: TransitionError): TransitionResult => ({ ok: false, reason })
const clean = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '')
const optional = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim())

/** The reason `action` is not possible now, before looking at its input; null when it is. */
function statusError(
  request: DataSubjectRequest,
  action: RequestAction,
  at: Date,
  options: DeadlineOptions,
): TransitionError | null {
  if (request.status === 'closed') return 'request_closed'
  if (Number.isNaN(at.getTime())) return 'invalid_date'
  if (at.getTime() < request.updatedAt.getTime()) return 'before_last_change'
  if (action === 'extend' && request.extension !== null) return 'already_extended'
  if (action === 'warn_fee' && request.fee !== null) return 'fee_already_warned'
  if ((action === 'fee_paid' || action === 'waive_fee') && request.fee === null) return 'fee_not_warned'
  if (!ALLOWED_FROM[action].includes(request.status)) return 'not_allowed_in_status'
  if (action === 'extend') {
    // Art. 12(3): the extension is decided, and the subject told, within one month of receipt.
    const { dueDate } = requestTimeline(request, at, options)
    if (dueDate === null || toBrusselsDate(at) > dueDate) return 'extension_too_late'
  }
  return null
}

function applied<A extends RequestAction>(
  request: DataSubjectRequest,
  action: A,
  at: Date,
  input: ActionInputs[A],
  status: RequestStatus,
): DataSubjectRequest {
  const next = { ...request, status, updatedAt: at }
  const typed = { action, input } as {
    [K in RequestAction]: { action: K; input: ActionInputs[K] }
  }[RequestAction]
  switch (typed.action) {
    case 'assign':
      return { ...next, assigneeId: typed.input.assigneeId }
    case 'start': {
      const method = optional(typed.input.identityConfirmedBy)
      return method === null ? next : { ...next, identity: { ...request.identity, confirmedAt: at, method } }
    }
    case 'request_identity':
      return {
        ...next,
        identity: {
          requestedAt: at,
          needed: [...new Set(typed.input.needed)],
          reason: typed.input.reason.trim(),
          confirmedAt: null,
          method: null,
        },
      }
    case 'confirm_identity':
      return {
        ...next,
        identity: { ...request.identity, confirmedAt: at, method: typed.input.method.trim() },
      }
    case 'extend':
      return { ...next, extension: { at, reasons: clean(typed.input.reasons) } }
    case 'warn_fee':
      return {
        ...next,
        fee: {
          warnedAt: at,
          ground: typed.input.ground,
          reasons: clean(typed.input.reasons),
          amountCents: typed.input.amountCents,
          paymentDetails: optional(typed.input.paymentDetails),
          settledAt: null,
          settlement: null,
        },
      }
    case 'fee_paid':
    case 'waive_fee':
      return request.fee === null
        ? next
        : {
            ...next,
            fee: {
              ...request.fee,
              settledAt: at,
              settlement: typed.action === 'fee_paid' ? 'paid' : 'waived',
            },
          }
    case 'forward_to_controller':
      return {
        ...next,
        forwarding: {
          at,
          controller: typed.input.controller,
          activityKey: optional(typed.input.activityKey),
        },
      }
    case 'complete':
      return { ...next, decision: decision(at, 'completed', { details: typed.input.details }) }
    case 'partially_refuse':
      return {
        ...next,
        decision: decision(at, 'partially_refused', {
          details: typed.input.details,
          ground: typed.input.ground,
          reasons: clean(typed.input.reasons),
          refusedTypes: [...new Set(typed.input.refusedTypes)],
          refusedScope: optional(typed.input.refusedScope),
          legalReference: optional(typed.input.legalReference),
        }),
      }
    case 'refuse':
      return {
        ...next,
        decision: decision(at, 'refused', {
          ground: typed.input.ground,
          reasons: clean(typed.input.reasons),
          refusedTypes: request.types,
          legalReference: optional(typed.input.legalReference),
        }),
      }
    case 'close':
      return { ...next, closedAt: at, closeReason: 'answered' }
    case 'withdraw':
      return { ...next, closedAt: at, closeReason: 'withdrawn' }
  }
}

function decision(
  at: Date,
  outcome: NonNullable<DataSubjectRequest['decision']>['outcome'],
  facts: Partial<NonNullable<DataSubjectRequest['decision']>>,
): NonNullable<DataSubjectRequest['decision']> {
  return {
    at,
    outcome,
    details: null,
    ground: null,
    reasons: [],
    refusedTypes: [],
    refusedScope: null,
    legalReference: null,
    ...facts,
  }
}

/** What the audit log keeps of an action, beyond the status change. */
function eventSummary(
  next: DataSubjectRequest,
  action: RequestAction,
  at: Date,
  options: DeadlineOptions,
): Record<string, unknown> {
  switch (action) {
    case 'assign':
      return { assigneeId: next.assigneeId }
    case 'start':
    case 'request_identity':
    case 'confirm_identity':
      return { identity: { ...next.identity } }
    case 'extend': {
      const timeline = requestTimeline(next, at, options)
      return {
        reasons: next.extension?.reasons,
        dueDate: timeline.dueDate,
        extendedDueDate: timeline.extendedDueDate,
      }
    }
    case 'warn_fee':
      // The fee warning letter, like every refusal, states the complaint route (GBA/APD) and the courts.
      return { fee: { ...next.fee }, complaintRouteGiven: true }
    case 'fee_paid':
    case 'waive_fee':
      return { fee: { ...next.fee } }
    case 'forward_to_controller':
    case 'complete':
    case 'partially_refuse':
    case 'refuse': {
      const timeline = requestTimeline(next, at, options)
      const facts =
        action === 'forward_to_controller' ? { forwarding: next.forwarding } : { decision: next.decision }
      return {
        ...facts,
        answeredOn: timeline.answeredOn,
        dueDate: timeline.currentDueDate,
        late: timeline.state === 'closed_late',
        ...(action === 'refuse' || action === 'partially_refuse' ? { complaintRouteGiven: true } : {}),
      }
    }
    case 'close':
    case 'withdraw':
      return { closeReason: next.closeReason }
  }
}

const EVENT_NAMES: Readonly<Record<RequestAction, RequestEventAction>> = {
  assign: 'request.assigned',
  start: 'request.started',
  request_identity: 'request.identity_requested',
  confirm_identity: 'request.identity_confirmed',
  extend: 'request.extended',
  warn_fee: 'request.fee_warned',
  fee_paid: 'request.fee_paid',
  waive_fee: 'request.fee_waived',
  forward_to_controller: 'request.forwarded',
  complete: 'request.completed',
  partially_refuse: 'request.partially_refused',
  refuse: 'request.refused',
  close: 'request.closed',
  withdraw: 'request.withdrawn',
}

/** The actions allowed now, for the UI (each may still fail on its input). */
export function availableActions(
  request: DataSubjectRequest,
  at: Date,
  options: DeadlineOptions = {},
): RequestAction[] {
  return (Object.keys(ALLOWED_FROM) as RequestAction[]).filter(
    (action) => statusError(request, action, at, options) === null,
  )
}

export function transition<A extends RequestAction>(
  request: DataSubjectRequest,
  action: A,
  at: Date,
  input: ActionInputs[A],
  options: DeadlineOptions = {},
): TransitionResult {
  const error = statusError(request, action, at, options) ?? checkInput(request, action, input)
  if (error !== null) return fail(error)

  const status = targetStatus(action, request.status, request.extension !== null)
  const next = applied(request, action, at, input, status)
  const letter = letterForTransition(next, action, at, input, options)
  const change = { from: request.status, to: status }
  const events = [
    requestEvent(next.id, EVENT_NAMES[action], at, change, eventSummary(next, action, at, options)),
  ]
  if (letter !== null) {
    events.push(
      requestEvent(next.id, 'request.letter_queued', at, change, {
        kind: letter.kind,
        sendBy: letter.sendBy,
      }),
    )
  }
  return { ok: true, request: next, events, letter }
}
