import type { RequestStatus } from './request'

/**
 * One fact for the audit log, shaped like its entries: `action` and `summary` go in as they are, the target is
 * the request. The persistence layer records every event of a transition in the transaction that stores it.
 */
/** The actions of the request domain's events (the audit log lists each). */
export type RequestEventAction =
  | 'request.received'
  | 'request.letter_queued'
  | 'request.assigned'
  | 'request.started'
  | 'request.identity_requested'
  | 'request.identity_confirmed'
  | 'request.extended'
  | 'request.fee_warned'
  | 'request.fee_paid'
  | 'request.fee_waived'
  | 'request.forwarded'
  | 'request.completed'
  | 'request.partially_refused'
  | 'request.refused'
  | 'request.closed'
  | 'request.withdrawn'

export interface RequestEvent {
  readonly action: RequestEventAction
  readonly targetType: 'data_subject_request'
  readonly targetId: string
  readonly at: Date
  readonly summary: Readonly<Record<string, unknown>>
}

export function requestEvent(
  requestId: string,
  action: RequestEventAction,
  at: Date,
  change: { from: RequestStatus | null; to: RequestStatus },
  summary: Record<string, unknown> = {},
): RequestEvent {
  return {
    action,
    targetType: 'data_subject_request',
    targetId: requestId,
    at,
    summary: { from: change.from, to: change.to, ...summary },
  }
}
