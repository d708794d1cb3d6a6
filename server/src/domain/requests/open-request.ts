import type { Language } from '../register/localized'
import type { DeadlineOptions } from './deadlines'
import { requestEvent } from './events'
import type { DataSubjectRequest, RequestSubject } from './request'
import { isRequestChannel, isRequestType, type RequestChannel, type RequestType } from './request-types'
import { acknowledgementSpec } from './transition-letters'
import type { TransitionResult } from './workflow'

export interface NewRequest {
  readonly id: string
  readonly reference: string
  readonly types: readonly RequestType[]
  readonly channel: RequestChannel
  readonly language: Language
  /** When the request reached the organisation (the period runs from that day, Art. 12(3)). */
  readonly receivedAt: Date
  readonly subject: RequestSubject
  /** How identity was already confirmed at intake, e.g. "e-mail address verified on the portal". */
  readonly identityConfirmedBy?: string
}

export type OpenRequestError =
  | 'types_required'
  | 'unknown_type'
  | 'unknown_channel'
  | 'reference_required'
  | 'invalid_date'

/**
 * Records a new request in status received, with its acknowledgement (which gives the reference and the due date)
 * and the 'request.received' event. `at` is when it is recorded; `receivedAt` may be earlier (a letter opened
 * today that arrived yesterday) but not later.
 */
export function openRequest(
  input: NewRequest,
  at: Date,
  options: DeadlineOptions = {},
): TransitionResult | { readonly ok: false; readonly reason: OpenRequestError } {
  const types = [...new Set(input.types)]
  if (types.length === 0) return { ok: false, reason: 'types_required' }
  if (!types.every(isRequestType)) return { ok: false, reason: 'unknown_type' }
  if (!isRequestChannel(input.channel)) return { ok: false, reason: 'unknown_channel' }
  if (input.reference.trim() === '') return { ok: false, reason: 'reference_required' }
  const received = input.receivedAt.getTime()
  if (Number.isNaN(received) || Number.isNaN(at.getTime()) || received > at.getTime()) {
    return { ok: false, reason: 'invalid_date' }
  }

  const method = input.identityConfirmedBy?.trim() || null
  const request: DataSubjectRequest = {
    id: input.id,
    reference: input.reference.trim(),
    types,
    channel: input.channel,
    language: input.language,
    receivedAt: input.receivedAt,
    subject: input.subject,
    status: 'received',
    assigneeId: null,
    identity: {
      requestedAt: null,
      needed: [],
      reason: null,
      confirmedAt: method === null ? null : input.receivedAt,
      method,
    },
    extension: null,
    fee: null,
    forwarding: null,
    decision: null,
    closedAt: null,
    closeReason: null,
    updatedAt: at,
  }
  const letter = acknowledgementSpec(request, at, options)
  const change = { from: null, to: 'received' as const }
  return {
    ok: true,
    request,
    events: [
      requestEvent(request.id, 'request.received', at, change, {
        types,
        channel: request.channel,
        language: request.language,
        receivedAt: request.receivedAt.toISOString(),
        identityConfirmedBy: method,
      }),
      requestEvent(request.id, 'request.letter_queued', at, change, {
        kind: letter.kind,
        sendBy: letter.sendBy,
      }),
    ],
    letter,
  }
}
