import type { IsoDate } from '../calendar-date'
import type { Language } from '../register/localized'
import type { RequestChannel, RequestType } from './request-types'

/**
 * A data subject request as the workflow sees it: plain data, no I/O. The persistence layer stores it as it is
 * (one row, with the nested parts as columns or JSON) and hands it back to `transition`.
 */

export const REQUEST_STATUSES = [
  'received',
  'awaiting_identity',
  'in_progress',
  'extended',
  'awaiting_fee',
  'completed',
  'partially_refused',
  'refused',
  'forwarded_to_controller',
  'closed',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

/** The subject has had the organisation's answer (or was told the request went to its controller). */
export const ANSWERED_STATUSES: readonly RequestStatus[] = [
  'completed',
  'partially_refused',
  'refused',
  'forwarded_to_controller',
]

/** Statuses in which the organisation still owes an answer. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'received',
  'awaiting_identity',
  'in_progress',
  'extended',
  'awaiting_fee',
]

/** What the organisation may ask to confirm who is asking (Art. 12(6)): proportionate, never an ID copy by default. */
export const IDENTITY_EVIDENCE = [
  'email_confirmation',
  'customer_number',
  'account_login',
  'additional_details',
  'id_document_masked',
] as const
export type IdentityEvidence = (typeof IDENTITY_EVIDENCE)[number]

/** Why the organisation does not act on (part of) a request (Art. 11(2), 12(2), 12(5), 21(1), 23). */
export const REFUSAL_GROUNDS = [
  'manifestly_unfounded',
  'excessive',
  'identity_not_established',
  'legal_obligation',
  'compelling_legitimate_grounds',
  'other',
] as const
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number]

/** The only grounds for a fee (Art. 12(5)(a)). */
export const FEE_GROUNDS = ['manifestly_unfounded', 'excessive'] as const
export type FeeGround = (typeof FEE_GROUNDS)[number]

/** Why data is kept despite an erasure request: Art. 17(1)(a) and the exceptions of Art. 17(3). */
export const ERASURE_EXCEPTIONS = [
  'legal_obligation',
  'legal_claims',
  'ongoing_contract',
  'freedom_of_expression',
  'public_health',
  'archiving_research',
] as const
export type ErasureException = (typeof ERASURE_EXCEPTIONS)[number]

export interface RequestSubject {
  /** As the subject gave it; letters insert it as text. */
  readonly name?: string
  readonly email?: string
  /** Postal address lines, for a letter by post. */
  readonly postalAddress?: readonly string[]
}

export interface IdentityCheck {
  /** When the organisation asked for more (Art. 12(6)); null when it never needed to. */
  readonly requestedAt: Date | null
  readonly needed: readonly IdentityEvidence[]
  /** Why the organisation had reasonable doubts. */
  readonly reason: string | null
  readonly confirmedAt: Date | null
  /** How identity was confirmed, e.g. "e-mail address verified on the portal", "matched the subject index". */
  readonly method: string | null
}

export interface RequestExtension {
  readonly at: Date
  readonly reasons: readonly string[]
}

export interface FeeDemand {
  readonly warnedAt: Date
  readonly ground: FeeGround
  readonly reasons: readonly string[]
  /** Euro cents. */
  readonly amountCents: number
  readonly paymentDetails: string | null
  readonly settledAt: Date | null
  readonly settlement: 'paid' | 'waived' | null
}

export interface ControllerContact {
  /** The client for whom the organisation processes the data as processor. */
  readonly name: string
  readonly contact?: string
}

export interface Forwarding {
  readonly at: Date
  readonly controller: ControllerContact
  /** The register's processor activity concerned. */
  readonly activityKey: string | null
}

/** Data kept despite an erasure request, and why. */
export interface KeptData {
  /** Data category keys of the register, or plain descriptions. */
  readonly dataCategories: readonly string[]
  readonly ground: ErasureException
  /** For legal_obligation: the register's retention rule that names the law (e.g. accounting, AML). */
  readonly retentionRule?: string
  /** When the data will be erased at the latest. */
  readonly until?: IsoDate
  readonly explanation?: string
}

/** What was done for each right, recorded with the decision and shown in the answer. */
export interface CompletionDetails {
  readonly access?: {
    readonly delivery: 'download' | 'enclosed'
    /** Last day the download link works. */
    readonly availableUntil?: IsoDate
    /** Register activities the data concerns; default: every active activity the organisation controls. */
    readonly activityKeys?: readonly string[]
    /** We process no personal data about the subject (confirmation only, Art. 15(1)). */
    readonly noData?: boolean
    /** Files staff added to the answer, as they are in the download package (set when the letter is written). */
    readonly files?: readonly string[]
  }
  readonly portability?: {
    readonly delivery: 'download' | 'enclosed' | 'transmitted'
    /** For transmitted: the controller that received the data directly (Art. 20(2)). */
    readonly transmittedTo?: string
    readonly availableUntil?: IsoDate
    /** Files staff added to the answer, as they are in the download package (set when the letter is written). */
    readonly files?: readonly string[]
  }
  readonly rectification?: { readonly corrected: readonly string[] }
  readonly erasure?: {
    readonly erased: readonly string[]
    readonly kept: readonly KeptData[]
    /**
     * Set by Custos when the answer is given (decision 0115): the systems (register keys) whose rows the erasure
     * kept under a legal hold on the whole system, recorded to be erased when the hold ends.
     */
    readonly keptUnderLegalHold?: readonly string[]
  }
  readonly restriction?: { readonly scope?: string }
  readonly objectionLegitimateInterest?: { readonly stopped: readonly string[] }
  /** Purpose keys of the register, or descriptions. */
  readonly withdrawConsent?: { readonly purposes: readonly string[] }
  /** Recipients told of a rectification, erasure or restriction (Art. 19). */
  readonly recipientsNotified?: readonly string[]
  /** A closing remark by the agent, shown as a paragraph. */
  readonly note?: string
}

export interface RequestDecision {
  readonly at: Date
  readonly outcome: 'completed' | 'partially_refused' | 'refused'
  readonly details: CompletionDetails | null
  readonly ground: RefusalGround | null
  readonly reasons: readonly string[]
  readonly refusedTypes: readonly RequestType[]
  /** A part refused that is not a whole right, e.g. documents withheld to protect others (Art. 15(4)). */
  readonly refusedScope: string | null
  /** The law relied on for a legal_obligation refusal. */
  readonly legalReference: string | null
}

export interface DataSubjectRequest {
  readonly id: string
  /** Human reference quoted in every letter, e.g. "DSR-2026-0042". */
  readonly reference: string
  readonly types: readonly RequestType[]
  readonly channel: RequestChannel
  /** The subject's language: every letter is written in it. */
  readonly language: Language
  readonly receivedAt: Date
  readonly subject: RequestSubject
  readonly status: RequestStatus
  readonly assigneeId: string | null
  readonly identity: IdentityCheck
  readonly extension: RequestExtension | null
  readonly fee: FeeDemand | null
  readonly forwarding: Forwarding | null
  readonly decision: RequestDecision | null
  readonly closedAt: Date | null
  /** answered: filed after the answer; withdrawn: the subject withdrew the request before an answer. */
  readonly closeReason: 'answered' | 'withdrawn' | null
  /** The last transition; a transition cannot be dated before it. */
  readonly updatedAt: Date
}

/** "DSR-2026-0042": the year of receipt and a per-organisation sequence number. */
export function requestReference(receivedOn: IsoDate, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Not a sequence number: ${sequence}`)
  return `DSR-${receivedOn.slice(0, 4)}-${String(sequence).padStart(4, '0')}`
}

export function isOpen(request: Pick<DataSubjectRequest, 'status'>): boolean {
  return OPEN_STATUSES.includes(request.status)
}
