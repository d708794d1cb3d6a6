import type { LetterKind } from '../../letter-spec'
import type { ErasureException, IdentityEvidence, RefusalGround } from '../../request'
import type { RequestChannel } from '../../request-types'

/**
 * The words of the response letters in one language. Dates arrive formatted (dd/mm/yyyy); everything that
 * someone else wrote (reasons, names, register text) arrives as plain text and stays plain text.
 */
export interface LetterWording {
  readonly salutation: string
  readonly closing: string
  readonly dateLabel: string
  readonly referenceLabel: string
  /** "Betreft", "Objet", "Subject": the subject line in a letter by post. */
  readonly subjectLabel: string
  readonly subjects: Readonly<Record<LetterKind, (reference: string) => string>>
  /** "per e-mail", "par courrier"...: how the request reached us, inside a sentence. */
  readonly channels: Readonly<Record<RequestChannel, string>>
  readonly signature: { readonly dpo: string; readonly privacyContact: string }

  /** "Op {date} hebben wij uw verzoek ontvangen (referentie ...)." */
  readonly receivedIntro: (receivedOn: string, reference: string) => string
  readonly typesIntro: string
  readonly questions: (reference: string, email: string | undefined) => string

  readonly acknowledgement: {
    readonly received: (receivedOn: string, channel: string) => string
    readonly oralSummary: string
    readonly reference: (reference: string) => string
    readonly deadline: (dueDate: string) => string
    readonly nextSteps: string
    readonly identityConfirmed: string
    readonly identityProportionate: string
    readonly statusLink: string
  }

  readonly identity: {
    readonly why: string
    readonly reason: (reason: string) => string
    readonly neededIntro: string
    readonly evidence: Readonly<Record<IdentityEvidence, string>>
    readonly details: (details: string) => string
    readonly maskAdvice: (organisation: string) => string
    readonly proportionate: string
    readonly clockReceipt: (dueDate: string) => string
    readonly clockConfirmed: string
    readonly notEstablished: string
    readonly howToReply: (email: string | undefined) => string
  }

  readonly extension: {
    readonly originalDeadline: (dueDate: string) => string
    readonly extended: (extendedDueDate: string) => string
    readonly reasonsIntro: string
    readonly meanwhile: string
    readonly disagree: (website: string) => string
  }

  readonly fee: {
    readonly judgement: (ground: 'manifestly_unfounded' | 'excessive') => string
    readonly amount: (amount: string) => string
    readonly confirm: string
    readonly payment: (details: string) => string
    readonly withdraw: string
  }

  readonly completed: {
    readonly intro: string
    readonly accessNoData: string
    readonly accessDownload: (availableUntil: string | undefined) => string
    readonly accessLinkSeparately: string
    /** Before the list of the files staff added, as they are in the package. */
    readonly packageFiles: string
    readonly accessEnclosed: string
    readonly accessInformation: string
    readonly portabilityDownload: (availableUntil: string | undefined) => string
    readonly portabilitySamePackage: string
    readonly portabilityEnclosed: string
    readonly portabilityTransmitted: (recipient: string) => string
    readonly rectified: string
    readonly rectifiedGeneric: string
    readonly erased: string
    readonly nothingErased: string
    readonly keptIntro: string
    readonly kept: Readonly<Record<ErasureException, (rule: string | undefined) => string>>
    readonly keptUntil: (until: string) => string
    /** The systems whose data a legal hold on the whole system keeps (decision 0115), named as the register does. */
    readonly keptUnderLegalHold: (systems: string) => string
    readonly restricted: (scope: string | undefined) => string
    readonly restrictionMeaning: string
    readonly restrictionLifting: string
    readonly objectionDirectMarketing: string
    readonly objectionLegitimateInterest: string
    readonly objectionLegitimateInterestGeneric: string
    readonly consentWithdrawn: (purposes: string | undefined) => string
    readonly consentLawfulBefore: string
    readonly stopContact: string
    readonly stopContactRequired: string
    readonly doNotCallList: string
    readonly recipientsHeading: string
    readonly recipientsNotified: string
    readonly noRecipientsToNotify: string
  }

  readonly refusal: {
    readonly partialIntro: string
    readonly refusedHeading: string
    readonly refusedTypesIntro: string
    readonly refusedScope: (scope: string) => string
    readonly fullIntro: string
    readonly reasonsIntro: string
    readonly ground: Readonly<Record<RefusalGround, (legalReference: string | undefined) => string | null>>
    readonly identityRetry: string
  }

  readonly remedies: {
    readonly heading: string
    readonly complaint: string
    readonly court: string
  }

  readonly forwarded: {
    readonly processor: (controller: string) => string
    readonly forwardedOn: (controller: string, date: string) => string
    readonly contact: (controller: string, contact: string) => string
    readonly noContact: (controller: string) => string
  }
}
