import { z } from 'zod'
import { LANGUAGES } from '../../domain/register/localized'
import {
  type CompletionDetails,
  type DataSubjectRequest,
  FEE_GROUNDS,
  IDENTITY_EVIDENCE,
  REFUSAL_GROUNDS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  type RequestSubject,
} from '../../domain/requests'
import { defineStoredJson, storedDateTime } from '../../lib/stored-json'

/**
 * The domain's DataSubjectRequest as it is kept in requests.state (decision 0025): JSON with its version, every
 * Date as an ISO string, without the requester (`subject`), who is kept encrypted beside it (`personal.ts`).
 * `reviveRequest` turns it back into the model `transition` expects, with the requester it is given; anything that
 * is not one is refused with StoredDataInvalid.
 */

/** A Date as the domain has it, or as JSON keeps it. */
const dateTime = z.union([z.date(), storedDateTime.transform((text) => new Date(text))])

/** What was done per right: free-form parts the answer letters word; only its being an object is checked here. */
const completionDetails = z.custom<CompletionDetails>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'not an object',
)

const requestState = z.object({
  id: z.string(),
  reference: z.string(),
  types: z.array(z.enum(REQUEST_TYPES)),
  channel: z.enum(REQUEST_CHANNELS),
  language: z.enum(LANGUAGES),
  receivedAt: dateTime,
  status: z.enum(REQUEST_STATUSES),
  assigneeId: z.string().nullable(),
  identity: z.object({
    requestedAt: dateTime.nullable(),
    needed: z.array(z.enum(IDENTITY_EVIDENCE)),
    reason: z.string().nullable(),
    confirmedAt: dateTime.nullable(),
    method: z.string().nullable(),
  }),
  extension: z.object({ at: dateTime, reasons: z.array(z.string()) }).nullable(),
  fee: z
    .object({
      warnedAt: dateTime,
      ground: z.enum(FEE_GROUNDS),
      reasons: z.array(z.string()),
      amountCents: z.number(),
      paymentDetails: z.string().nullable(),
      settledAt: dateTime.nullable(),
      settlement: z.enum(['paid', 'waived']).nullable(),
    })
    .nullable(),
  forwarding: z
    .object({
      at: dateTime,
      controller: z.object({ name: z.string(), contact: z.string().optional() }),
      activityKey: z.string().nullable(),
    })
    .nullable(),
  decision: z
    .object({
      at: dateTime,
      outcome: z.enum(['completed', 'partially_refused', 'refused']),
      details: completionDetails.nullable(),
      ground: z.enum(REFUSAL_GROUNDS).nullable(),
      reasons: z.array(z.string()),
      refusedTypes: z.array(z.enum(REQUEST_TYPES)),
      refusedScope: z.string().nullable(),
      legalReference: z.string().nullable(),
    })
    .nullable(),
  closedAt: dateTime.nullable(),
  closeReason: z.enum(['answered', 'withdrawn']).nullable(),
  updatedAt: dateTime,
})

export const storedRequestState = defineStoredJson<Omit<DataSubjectRequest, 'subject'>>({
  name: 'request.state',
  version: 1,
  schema: requestState,
})

export type StoredRequestState = Record<string, unknown>

/** The state to store: the request without its requester, checked, with its version; Dates become ISO text. */
export function storeRequest(request: DataSubjectRequest): StoredRequestState {
  const { subject: _subject, ...rest } = request
  return JSON.parse(JSON.stringify(storedRequestState.toStored(rest)))
}

/**
 * The request from its stored state. `subject` is the requester, decrypted by the caller - or `{}` where only
 * the workflow's facts are needed (deadlines, statistics, sorting a list), so lists decrypt nobody.
 */
export function reviveRequest(state: unknown, subject: RequestSubject): DataSubjectRequest {
  const rowId =
    typeof state === 'object' && state !== null && typeof (state as { id?: unknown }).id === 'string'
      ? (state as { id: string }).id
      : 'unknown'
  return { ...storedRequestState.read(state, rowId), subject }
}
