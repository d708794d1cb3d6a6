/**
 * Public face of the requests module: data subject requests from intake to answer. Other modules, http/, jobs/,
 * the connector engine and db/ import only from here.
 */
export {
  ANSWER_FILE_EXTENSIONS,
  type AnswerFileProblem,
  checkAnswerFile,
  MAX_ANSWER_FILE_BYTES,
  type UploadedAnswerFile,
} from './answer-file-check'
export { openFile, sealFile } from './attachments'
export {
  type ClosedSelection,
  closedRequestsPage,
  countClosedRequests,
  deleteClosedRequests,
} from './closed-requests'
export { PERSONAL_EVENT_KINDS, sealEventData } from './event-data'
export { identityConfirmed } from './identity-status'
export { createStaffRequest, type PortalSubmission, portalActor, submitPortalRequest } from './intake'
export { journal } from './journal'
export { staffRequestUrl, statusUrl, VERIFY_HOURS } from './links'
export {
  ON_TIME_WINDOW_DAYS,
  type OnTimeFigures,
  requestsAnsweredBetween,
  requestsAnsweredOnTime,
} from './on-time'
export { requestOperations } from './operations'
export {
  emailLookupKey,
  openRequesterEmail,
  openRequestSubject,
  requestOf,
  sealRequesterEmail,
  sealRequestSubject,
} from './personal'
export { requestActions, requestPermissions } from './policy'
export { type ReminderRun, requestRemindersJob, runRequestReminders } from './reminders-job'
export {
  completeSystemTask,
  findRequest,
  findRequestByStatusToken,
  findRequestIdByReference,
  insertTasks,
  listEventsOfKind,
  listRequestEvents,
  lockRequest,
  overdueRunningRequests,
  type RequestRow,
  taskSystemKeys,
} from './repository'
export { registerRequestRoutes } from './routes'
export { reviveRequest } from './state'
export { readUpload, UPLOAD_BODY_LIMIT, uploadScope } from './upload'
export { PORTAL_IDENTITY_METHOD, type VerifyOutcome, verifyPortalRequest } from './verification'
