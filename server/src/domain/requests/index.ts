/** Data subject requests (Art. 12-22 GDPR): types, lifecycle, deadlines, Art. 15 information and letters. */
export {
  type ActionInputs,
  ALLOWED_FROM,
  REQUEST_ACTIONS,
  type RequestAction,
  type TransitionError,
} from './actions'
export { type Art15Options, type Art15Section, art15Activities, art15Information } from './art15-information'
export type { Art15SectionId } from './art15-wording'
export { type GdprProvision, gdprArticle, gdprArticles } from './articles'
export { AUTHORITY_EMAIL, AUTHORITY_NAME, authorityAddress } from './authority'
export {
  atRiskFrom,
  type ClockStart,
  clockStart,
  type DeadlineOptions,
  daysToAnswer,
  deadlineBasis,
  EXTENDABLE,
  type Reminder,
  type RequestTimeline,
  requestTimeline,
  type StoredDeadlines,
  storedDeadlines,
  type TimelineState,
  workingDaysBefore,
} from './deadlines'
export type { RequestEvent, RequestEventAction } from './events'
export { formatDate, formatEuro } from './format'
export { LETTER_KINDS, type LetterKind, type LetterSpec } from './letter-spec'
export type { LetterLinks } from './letters/completion-blocks'
export { composeLetter, type LetterContext } from './letters/compose-letter'
export type { Letter, LetterBlock } from './letters/letter'
export { letterHtml, renderLetterHtml } from './letters/render-html'
export { renderLetterText } from './letters/render-text'
export { type NewRequest, type OpenRequestError, openRequest } from './open-request'
export { type ProcessorRoute, processorRoutes } from './processor-routing'
export {
  ANSWERED_STATUSES,
  type CompletionDetails,
  type ControllerContact,
  type DataSubjectRequest,
  ERASURE_EXCEPTIONS,
  type ErasureException,
  FEE_GROUNDS,
  type FeeDemand,
  type FeeGround,
  IDENTITY_EVIDENCE,
  type IdentityCheck,
  type IdentityEvidence,
  isOpen,
  type KeptData,
  OPEN_STATUSES,
  REFUSAL_GROUNDS,
  REQUEST_STATUSES,
  type RefusalGround,
  type RequestDecision,
  type RequestStatus,
  type RequestSubject,
  requestReference,
} from './request'
export {
  isRequestChannel,
  isRequestType,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  REQUEST_TYPE_INFO,
  REQUEST_TYPES,
  type RequestChannel,
  type RequestType,
  type RequestTypeInfo,
} from './request-types'
export { retentionRuleText } from './retention-text'
export { REQUEST_STATUS_LABELS } from './status-labels'
export { availableActions, type TransitionResult, transition } from './workflow'
