import type { RequestAction } from '../../domain/requests'
import { defineOperations, type OperationEntry, type OperationKey } from '../../http/openapi-catalogue'

const R = '/api/v1/orgs/{slug}/requests'

/** Each workflow action: its operationId and what a client should know beyond the route summary. */
const ACTIONS: Record<RequestAction, { operationId: string; description: string }> = {
  assign: {
    operationId: 'assignRequest',
    description: 'Gives the request to a member who handles requests.',
  },
  start: {
    operationId: 'startRequest',
    description:
      'Starts handling a request whose identity needs no further check (say how it was established).',
  },
  request_identity: {
    operationId: 'requestIdentityEvidence',
    description:
      'Asks the subject for what is needed to confirm their identity (Art. 12(6)), with the reason; queues the ' +
      'letter and waits for the answer.',
  },
  confirm_identity: {
    operationId: 'confirmRequestIdentity',
    description: 'Records how the identity was confirmed and resumes handling.',
  },
  extend: {
    operationId: 'extendRequest',
    description:
      'Extends the time limit by two months, once, within the first month (Art. 12(3)), with the reasons the ' +
      'subject is told; refused afterwards (409 `extension_too_late`, `already_extended`).',
  },
  warn_fee: {
    operationId: 'warnRequestFee',
    description:
      'Tells the subject that a reasonable fee applies because the request is manifestly unfounded or excessive ' +
      '(Art. 12(5)), with the ground, the reasons and the amount; the request waits for payment.',
  },
  fee_paid: {
    operationId: 'markRequestFeePaid',
    description: 'Records that the fee was paid; handling resumes.',
  },
  waive_fee: { operationId: 'waiveRequestFee', description: 'Drops the fee; handling resumes.' },
  forward_to_controller: {
    operationId: 'forwardRequestToController',
    description:
      'For data processed as processor: forwards the request to the controller (from the register, or named in ' +
      'the body) and tells the subject.',
  },
  complete: {
    operationId: 'completeRequest',
    description:
      'Answers the request per type (what was granted, with the Art. 15 information for access) and queues the ' +
      'answer letter in the subject’s language.',
  },
  partially_refuse: {
    operationId: 'partiallyRefuseRequest',
    description:
      'Answers part of the request and refuses the rest, with the ground, the reasons and the right to complain ' +
      '(Art. 12(4)).',
  },
  refuse: {
    operationId: 'refuseRequest',
    description: 'Refuses the request with the ground, the reasons and the right to complain (Art. 12(4)).',
  },
  close: {
    operationId: 'closeRequest',
    description: 'Files an answered request; a closed request is final.',
  },
  withdraw: {
    operationId: 'withdrawRequest',
    description: 'Records that the subject withdrew the request; no answer is owed any more.',
  },
}

function actionOperations(): Partial<Record<OperationKey, OperationEntry>> {
  const out: Partial<Record<OperationKey, OperationEntry>> = {}
  for (const [action, doc] of Object.entries(ACTIONS)) {
    out[`POST ${R}/{id}/actions/${action}`] = {
      operationId: doc.operationId,
      description:
        `${doc.description} Answers the request as GET /requests/{id} does. The state machine decides: an action ` +
        'the current status does not allow is refused (409, the detail says why); input the GDPR requires but ' +
        'the body lacks is refused (422 naming the field). `availableActions` in the request detail lists what is possible now.',
    }
  }
  return out
}

/** The data subject request operations in the OpenAPI document (decision 0026). */
export const requestOperations = defineOperations({
  tag: {
    name: 'data subject requests',
    description:
      'Requests of data subjects (access, rectification, erasure, objection...) from intake to answer: the ' +
      'Art. 12(3) deadlines, identity checks, the workflow actions, notes, the checklist of systems, letters and ' +
      'the report.',
  },
  operations: {
    [`POST ${R}`]: {
      operationId: 'createRequest',
      description:
        'Records a request that reached the organisation outside the portal, with its date of receipt (the ' +
        'deadline counts from it), the rights exercised and the subject’s language. The original may be attached ' +
        '(base64, at most 5 MB, stored encrypted; larger is 413 `attachment_too_large`). Answers the request detail.',
      requestExample: {
        channel: 'email',
        receivedAt: '2026-12-01T09:30:00+01:00',
        subject: { name: 'Jan Peeters', email: 'jan.peeters@example.be' },
        types: ['access'],
        language: 'nl',
        details: 'Ik wil weten welke gegevens jullie over mij bijhouden.',
        identityConfirmedBy: 'known client, wrote from the address on file',
      },
    },
    [`GET ${R}`]: {
      operationId: 'listRequests',
      description:
        'The worklist: overdue and at-risk requests first, then by the deadline that applies. Filters combine; ' +
        'paged with limit and offset, `total` counts every match. `assignee=me` with an API token is refused ' +
        '(422 me_without_user).',
      refusals: [422],
    },
    [`GET ${R}/report`]: {
      operationId: 'getRequestReport',
      description:
        'Figures over a period (default: the last twelve months): requests per type, median and 95th-percentile ' +
        'days to answer, share answered in time, open and overdue. format=csv gives one line per request for an ' +
        'auditor. A period whose start is after its end is refused (422 not_after_to).',
      refusals: [422],
    },
    [`GET ${R}/register-choices`]: {
      operationId: 'getRequestRegisterChoices',
      description:
        'The register entries an answer may name (data categories, retention rules, activities, purposes), with ' +
        'their labels in nl, fr and en.',
    },
    [`GET ${R}/{id}`]: {
      operationId: 'getRequest',
      description:
        'One request: status, deadlines, history, notes, checklist, letters, `availableActions` (the workflow ' +
        'actions its status allows now) and `can` (what the caller may do).',
    },
    ...actionOperations(),
    [`PUT ${R}/{id}/assignee`]: {
      operationId: 'setRequestAssignee',
      description:
        'Sets or clears (null) the member handling the request; they must be a member who handles requests.',
    },
    [`POST ${R}/{id}/notes`]: {
      operationId: 'addRequestNote',
      description: 'Adds an internal note to the request; notes are never shown or sent to the subject.',
    },
    [`PATCH ${R}/{id}/tasks/{taskId}`]: {
      operationId: 'updateRequestTask',
      description:
        'Ticks off a system of the request’s checklist (done, with what was done as proof) or marks it not ' +
        'applicable (with why).',
    },
    [`GET ${R}/{id}/letters/{letterId}`]: {
      operationId: 'getRequestLetter',
      description: 'A letter of the request as sent by e-mail or ready to print; format=pdf for post.',
    },
    [`GET ${R}/{id}/attachments/{attachmentId}`]: {
      operationId: 'downloadRequestAttachment',
      description:
        'The attachment’s bytes (decrypted) as application/octet-stream; its own type is in X-Original-Content-Type.',
    },
    [`POST ${R}/{id}/answer-files`]: {
      operationId: 'addAnswerFile',
      description:
        'Adds a copy from a manual system to the answer: multipart/form-data with one part `file` (at most 20 MB; ' +
        'PDF, JPEG, PNG, ZIP, DOCX, XLSX, ODT, ODS, CSV, TXT, JSON or XML, checked by content and extension ' +
        "together; at most 20 files). Stored encrypted; the completion letter's download package carries the " +
        'files. Refused once the request is answered or closed (409 request_closed).',
    },
    [`DELETE ${R}/{id}/answer-files/{attachmentId}`]: {
      operationId: 'removeAnswerFile',
      description: 'Takes a file out of the answer while the request is open; its content is deleted.',
    },
  },
})
