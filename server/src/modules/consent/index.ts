/**
 * Public face of the consent module (issue 17, decision 0032): consent records as proof, hash-chained per
 * organisation and written in batches; the current status per person and purpose; the texts shown.
 * `recordConsent` is how other modules record a choice (the cookie banner, the preference centre, requests).
 */
export {
  type ConsentErasure,
  forgetConsentIdentitiesOfSubject,
  forgetConsentIdentityOf,
  PERSON_ERASED,
} from './erasure'
export { expireConsents, expireConsentsJob } from './expiry-job'
export { consentGivenOfIdentities } from './given'
export { MAX_BATCH } from './log'
export {
  CONSENT_CHANNELS,
  CONSENT_LANGUAGES,
  CONSENT_METHODS,
  CONSENT_STATES,
  type ConsentChannel,
  type ConsentLanguage,
  type ConsentMethod,
  type ConsentState,
  consentTextHash,
  RECORDED_STATES,
  type RecordedState,
  truncateIp,
} from './model'
export { consentOperations } from './operations'
export { decideParentalRequest, expireParentalRequests } from './parental'
export { askParentalConfirmation } from './parental-ask'
export { PARENTAL_LINK_DAYS, PARENTAL_MAILS_PER_DAY } from './parental-rules'
export { consentActions } from './policy'
export { registerPreferenceRoutes } from './preference-routes'
export { type PreferenceChange, savePreferences, unsubscribeLinkFor } from './preferences'
export {
  type ConsentChainReport,
  type ConsentProof,
  consentProofByKeys,
  consentProofOfSubject,
  verifyConsentChain,
} from './proof'
export { MAX_ATTEMPTS as MAX_PROPAGATION_ATTEMPTS, type PropagationView, runPropagation } from './propagation'
export { propagateWithdrawalJob, propagationSweepJob } from './propagation-jobs'
export { type ConsentPurpose, consentPurposesOf, listenForPurposeChanges } from './purposes'
export { type GivenConsent, givenConsentsOfSubjects } from './renewals'
export {
  consentProofOfRequester,
  DIRECT_MARKETING_PURPOSES,
  type RequestPerson,
  type RequestWithdrawal,
  withdrawConsentForRequest,
} from './request-withdrawals'
export { registerConsentRoutes } from './routes'
export {
  type ConsentPerson,
  type RecordConsentInput,
  type RecordedConsent,
  recordConsent,
} from './service'
export { type ConsentStatusQuery, type ConsentStatusView, consentStatus, type PurposeStatus } from './status'
export { storeConsentText } from './texts'
