import type { IsoDate } from '../calendar-date'
import type { Language } from '../register/localized'
import type { ClockStart } from './deadlines'
import type {
  CompletionDetails,
  ControllerContact,
  FeeGround,
  IdentityEvidence,
  RefusalGround,
  RequestSubject,
} from './request'
import type { RequestChannel, RequestType } from './request-types'

/**
 * The letter a transition asks to send: its kind and the facts it states, as plain JSON-safe data (dates are
 * calendar dates). `composeLetter` turns it into text with the register and the links; the outbox can keep the
 * spec to render the letter again. Secret links (status page, download) are not part of it: they are passed
 * when composing.
 */
export const LETTER_KINDS = [
  'acknowledgement',
  'identity_needed',
  'extension',
  'fee_warning',
  'completed',
  'partially_refused',
  'refused',
  'forwarded',
] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

interface LetterSpecBase {
  readonly language: Language
  readonly reference: string
  /** The date of the letter. */
  readonly date: IsoDate
  readonly receivedOn: IsoDate
  readonly channel: RequestChannel
  readonly types: readonly RequestType[]
  readonly addressee: RequestSubject
  /** The letter must leave by the end of this Brussels day (a legal time limit applies to it). */
  readonly sendBy: IsoDate | null
}

export interface AcknowledgementSpec extends LetterSpecBase {
  readonly kind: 'acknowledgement'
  readonly dueDate: IsoDate
  /** Identity already confirmed at intake (e.g. e-mail verified on the portal). */
  readonly identityConfirmed: boolean
}

export interface IdentityNeededSpec extends LetterSpecBase {
  readonly kind: 'identity_needed'
  readonly needed: readonly IdentityEvidence[]
  readonly reason: string
  readonly details: string | null
  readonly clock: ClockStart
  /** The due date while the period runs from receipt; null when it starts with the confirmation. */
  readonly dueDate: IsoDate | null
}

export interface ExtensionSpec extends LetterSpecBase {
  readonly kind: 'extension'
  readonly dueDate: IsoDate
  readonly extendedDueDate: IsoDate
  readonly reasons: readonly string[]
}

export interface FeeWarningSpec extends LetterSpecBase {
  readonly kind: 'fee_warning'
  readonly ground: FeeGround
  readonly reasons: readonly string[]
  readonly amountCents: number
  readonly paymentDetails: string | null
}

export interface CompletedSpec extends LetterSpecBase {
  readonly kind: 'completed'
  readonly details: CompletionDetails
}

export interface RefusalFacts {
  readonly ground: RefusalGround
  readonly reasons: readonly string[]
  readonly legalReference: string | null
}

export interface PartiallyRefusedSpec extends LetterSpecBase, RefusalFacts {
  readonly kind: 'partially_refused'
  readonly details: CompletionDetails
  readonly refusedTypes: readonly RequestType[]
  readonly refusedScope: string | null
}

export interface RefusedSpec extends LetterSpecBase, RefusalFacts {
  readonly kind: 'refused'
}

export interface ForwardedSpec extends LetterSpecBase {
  readonly kind: 'forwarded'
  readonly controller: ControllerContact
  readonly forwardedOn: IsoDate
}

export type LetterSpec =
  | AcknowledgementSpec
  | IdentityNeededSpec
  | ExtensionSpec
  | FeeWarningSpec
  | CompletedSpec
  | PartiallyRefusedSpec
  | RefusedSpec
  | ForwardedSpec
