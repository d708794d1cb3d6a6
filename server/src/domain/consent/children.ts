/**
 * Consent of children (Art. 8 GDPR; Belgian law of 30 July 2018, art. 7): where an information-society service is
 * offered directly to a child, the child's own consent is valid from the age of 13; below it the consent must be
 * given or authorised by the holder of parental responsibility, and the controller must make reasonable efforts
 * to verify that. Pure rules; the consent module applies them to each record.
 */

/** The age of digital consent in Belgium (Law of 30 July 2018, art. 7). */
export const DIGITAL_CONSENT_AGE = 13

/** The catalogue's subject category for people under 18: an activity naming it offers its purpose to children. */
export const MINORS_SUBJECT_CATEGORY = 'minors'

/** What the person said of their age: under 13, or 13 or older. Custos cannot know whether it is true. */
export const AGE_GROUPS = ['under_13', '13_or_over'] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]

/** Who gave or authorised the consent for a child. */
export const GUARDIAN_RELATIONSHIPS = ['parent', 'guardian'] as const
export type GuardianRelationship = (typeof GUARDIAN_RELATIONSHIPS)[number]

/**
 * How the organisation verified that the consent came from the parent or guardian ("reasonable efforts", Art.
 * 8(2)): a confirmation link mailed to the parent's address and followed, a form signed by the parent, an
 * identity document seen, a call with the parent.
 */
export const GUARDIAN_VERIFICATIONS = [
  'email_confirmation',
  'signed_form',
  'identity_document',
  'phone_call',
] as const
export type GuardianVerification = (typeof GUARDIAN_VERIFICATIONS)[number]

/** The channels of an information-society service (a service at a distance, by electronic means, on request). */
export const INFORMATION_SOCIETY_CHANNELS: readonly string[] = [
  'web_form',
  'banner',
  'app',
  'email',
  'preference_centre',
]

export interface ChildConsentFacts {
  /** The purpose is offered to children (an activity using it on consent names the subject category minors). */
  offeredToChildren: boolean
  state: string
  channel: string
  ageGroup?: AgeGroup | undefined
  hasParentalConsent: boolean
}

export type ChildConsentProblem =
  /** A consent for a purpose offered to children, collected online, without the age question answered. */
  | 'age_required'
  /** A consent given by a person who said they are under 13, without the parent's or guardian's consent. */
  | 'parental_consent_required'

/**
 * What is missing for a choice to be recorded as a valid consent; null when nothing is. Only a `given` consent
 * needs anything: refusing and withdrawing are open to a child without their parents (withdrawal must be as easy
 * as giving, Art. 7(3)). The age question is required where the purpose is offered to children through an
 * information-society channel; an age group under 13 - wherever it was stated - needs the parental consent.
 */
export function childConsentProblem(facts: ChildConsentFacts): ChildConsentProblem | null {
  if (facts.state !== 'given') return null
  if (facts.ageGroup === 'under_13') return facts.hasParentalConsent ? null : 'parental_consent_required'
  if (
    facts.ageGroup === undefined &&
    facts.offeredToChildren &&
    INFORMATION_SOCIETY_CHANNELS.includes(facts.channel)
  )
    return 'age_required'
  return null
}
