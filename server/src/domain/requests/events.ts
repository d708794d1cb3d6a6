import type { RequestStatus } from './request'

/**
 * One fact for the audit log, shaped like its entries: `action` and `summary` go in as they are, the target is
 * the request. The persistence layer records every event of a transition in the transaction that stores it.
 */
export interface RequestEvent {
  /** E.g. 'request.received', 'request.extended', 'request.letter_queued'. */
  readonly action: string
  readonly targetType: 'data_subject_request'
  readonly targetId: string
  readonly at: Date
  readonly summary: Readonly<Record<string, unknown>>
}

export function requestEvent(
  requestId: string,
  action: string,
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
