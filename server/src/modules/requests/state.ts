import type { DataSubjectRequest, RequestSubject } from '../../domain/requests'

/**
 * The domain's DataSubjectRequest as it is kept in requests.state: plain JSON, every Date as an ISO string,
 * without the requester (`subject`), who is kept encrypted beside it (`personal.ts`). `reviveRequest` turns it
 * back into the model `transition` expects, with the requester it is given; it refuses anything that is not one.
 */
export type StoredRequestState = Record<string, unknown>

export function storeRequest(request: DataSubjectRequest): StoredRequestState {
  const { subject: _subject, ...rest } = JSON.parse(JSON.stringify(request)) as StoredRequestState
  return rest
}

export class CorruptRequestStateError extends Error {}

function date(value: unknown, path: string): Date {
  if (typeof value !== 'string') throw new CorruptRequestStateError(`${path} is not an ISO date-time`)
  const parsed = new Date(value)
  if (Number.isNaN(parsed.getTime())) throw new CorruptRequestStateError(`${path} is not an ISO date-time`)
  return parsed
}

function optionalDate(value: unknown, path: string): Date | null {
  return value === null || value === undefined ? null : date(value, path)
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorruptRequestStateError(`${path} is not an object`)
  }
  return value as Record<string, unknown>
}

function optionalObject(value: unknown, path: string): Record<string, unknown> | null {
  return value === null || value === undefined ? null : object(value, path)
}

/**
 * The request from its stored state. `subject` is the requester, decrypted by the caller - or `{}` where only
 * the workflow's facts are needed (deadlines, statistics, sorting a list), so lists decrypt nobody.
 */
export function reviveRequest(state: unknown, subject: RequestSubject): DataSubjectRequest {
  const s = object(state, 'state')
  const identity = object(s.identity, 'state.identity')
  const extension = optionalObject(s.extension, 'state.extension')
  const fee = optionalObject(s.fee, 'state.fee')
  const forwarding = optionalObject(s.forwarding, 'state.forwarding')
  const decision = optionalObject(s.decision, 'state.decision')
  if (typeof s.id !== 'string' || typeof s.reference !== 'string' || typeof s.status !== 'string') {
    throw new CorruptRequestStateError('state lacks its id, reference or status')
  }
  return {
    ...(s as unknown as DataSubjectRequest),
    subject,
    receivedAt: date(s.receivedAt, 'state.receivedAt'),
    updatedAt: date(s.updatedAt, 'state.updatedAt'),
    closedAt: optionalDate(s.closedAt, 'state.closedAt'),
    identity: {
      ...(identity as unknown as DataSubjectRequest['identity']),
      requestedAt: optionalDate(identity.requestedAt, 'state.identity.requestedAt'),
      confirmedAt: optionalDate(identity.confirmedAt, 'state.identity.confirmedAt'),
    },
    extension: extension
      ? {
          ...(extension as unknown as NonNullable<DataSubjectRequest['extension']>),
          at: date(extension.at, 'state.extension.at'),
        }
      : null,
    fee: fee
      ? {
          ...(fee as unknown as NonNullable<DataSubjectRequest['fee']>),
          warnedAt: date(fee.warnedAt, 'state.fee.warnedAt'),
          settledAt: optionalDate(fee.settledAt, 'state.fee.settledAt'),
        }
      : null,
    forwarding: forwarding
      ? {
          ...(forwarding as unknown as NonNullable<DataSubjectRequest['forwarding']>),
          at: date(forwarding.at, 'state.forwarding.at'),
        }
      : null,
    decision: decision
      ? {
          ...(decision as unknown as NonNullable<DataSubjectRequest['decision']>),
          at: date(decision.at, 'state.decision.at'),
        }
      : null,
  }
}
