import type { EntityName, FieldErrorCode, ProblemCode } from './codes'

/** Values a client needs to word a code (a minimum length, a format, the refused value, the entity). */
export type ErrorParams = Readonly<Record<string, string | number | boolean | readonly string[]>>

/** One refused field: where (e.g. body.email), a stable code, its values, and an English message. */
export interface FieldIssue {
  path: string
  code: FieldErrorCode
  message: string
  params?: ErrorParams
  /** 1-based line in an uploaded file, when the issue has one. */
  line?: number
}

/** What kind of refusal: the HTTP edge gives each its status; a CLI its exit code. */
export type DomainErrorKind =
  | 'invalid_input'
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'internal'

export interface DomainErrorOptions {
  fields?: readonly FieldIssue[]
  params?: ErrorParams
  /** A problem type URI of its own (e.g. urn:custos:problem:request:{code}); about:blank otherwise. */
  type?: string
}

/**
 * A refusal stated by a service in domain terms: a stable `code` clients word in nl/fr/en, the fields it
 * concerns, and an English message. Services throw these; only the HTTP edge knows status codes.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind
  readonly fields: readonly FieldIssue[]
  readonly params: ErrorParams | undefined
  readonly type: string | undefined

  constructor(
    readonly code: ProblemCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message)
    this.name = new.target.name
    this.fields = options.fields ?? []
    this.params = options.params
    this.type = options.type
  }
}

/** Input that breaks a rule (422 on HTTP): every offending field with its code. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid_input'
  constructor(
    fields: readonly FieldIssue[],
    message = 'The request contains invalid fields.',
    code: ProblemCode = 'invalid_input',
    options: Omit<DomainErrorOptions, 'fields'> = {},
  ) {
    super(code, message, { ...options, fields })
  }
}

/** A malformed request or a link that no longer works (400 on HTTP). */
export class BadRequest extends DomainError {
  readonly kind = 'bad_request'
}

const ENTITY_TEXT: Record<EntityName, string> = {
  contract_end: 'End of contract',
  organization: 'Organisation',
  user: 'User',
  member: 'Member',
  api_token: 'API token',
  register_entry: 'Register entry',
  notice_version: 'Notice version',
  dataset: 'Dataset',
  discovery: 'Discovery',
  run: 'Run',
  subject: 'Subject',
  identity: 'Identity',
  relationship: 'Relationship',
  event: 'Event',
  request: 'Request',
  task: 'Task',
  attachment: 'Attachment',
  letter: 'Letter',
  package: 'Package',
  mail: 'Mail',
  webhook: 'Webhook endpoint',
  legal_hold: 'Legal hold',
  retention_run: 'Retention run',
  consent_text: 'Consent text',
  consent_propagation: 'The withdrawal call',
  cookie_proposal: 'Cookie proposal',
  cookie_service: 'Cookie inventory service',
  processor_agreement: 'Processing agreement',
  processor_transfer: 'Transfer',
  processor_client: 'Client',
  subprocessor_change: 'Sub-processor change',
  dpia_screening: 'DPIA screening',
  dpia_assessment: 'DPIA',
  dpia_signed_pdf: 'Signed PDF of the DPIA',
  dpia_signed_copy: 'Signed copy of the DPIA',
  action_plan_action: 'Action',
  suppression_entry: 'Suppression entry',
  opt_in: 'Opt-in',
  breach: 'The breach',
}

/** Nothing of that kind exists here (or the caller may not know it does): 404 on HTTP, params.entity. */
export class NotFound extends DomainError {
  readonly kind = 'not_found'
  constructor(
    readonly entity: EntityName,
    message = `${ENTITY_TEXT[entity]} was not found.`,
    /** A code of its own where the client says more than "not found" (`user_not_found`: no account has it). */
    code: ProblemCode = 'not_found',
  ) {
    super(code, message, { params: { entity } })
  }
}

/** The current state does not allow it (409 on HTTP). */
export class Conflict extends DomainError {
  readonly kind = 'conflict'
}

/** The caller is known but may not do this (403 on HTTP). */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden'
  constructor(
    message = 'Your role does not allow this action.',
    code: ProblemCode = 'forbidden',
    options: DomainErrorOptions = {},
  ) {
    super(code, message, options)
  }
}

/** No valid sign-in or token, or its proof failed (401 on HTTP). */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated'
  constructor(
    message = 'Sign in or present a valid API token.',
    code: ProblemCode = 'unauthenticated',
    options: DomainErrorOptions = {},
  ) {
    super(code, message, options)
  }
}

/** More than the limit (413 on HTTP). */
export class TooLarge extends DomainError {
  readonly kind = 'too_large'
}

/** A body of a content type the operation does not read (415 on HTTP). */
export class UnsupportedMediaType extends DomainError {
  readonly kind = 'unsupported_media_type'
}

/** Too many attempts; try later (429 on HTTP). */
export class TooManyRequests extends DomainError {
  readonly kind = 'too_many_requests'
}

/**
 * Data the application stored cannot be read back as what it should be (malformed JSON, a shape or version this
 * release does not know): a fault of the installation, not of the caller - 500 on HTTP with `internal_error`,
 * logged with the row it came from. `store` names what was read (request.state, dataset.document, ...).
 */
export class StoredDataInvalid extends DomainError {
  readonly kind = 'internal'
  constructor(
    readonly store: string,
    readonly rowId: string,
    readonly reason: 'malformed' | 'newer-version' | 'older-version' | 'invalid',
    detail: string,
  ) {
    super('internal_error', `Stored ${store} of row ${rowId} cannot be read (${reason}): ${detail}`, {
      params: { store },
    })
  }
}
