import type { DomainError, DomainErrorKind, ErrorParams, FieldIssue, ProblemCode } from '../domain/errors'

/** A refused field in a problem: path, stable code (+ params) a client words itself, and an English message. */
export type FieldError = FieldIssue

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
}

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request')
}

/** RFC 9457 problem details; every error a client sees has this shape, with a stable `code`. */
export class Problem extends Error {
  readonly title: string
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
    readonly type = 'about:blank',
    readonly params?: ErrorParams,
  ) {
    super(detail ?? titleFor(status))
    this.title = titleFor(status)
  }
}

const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid_input: 422,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
}

/** The one mapping from a service's refusal to HTTP: its kind gives the status, the rest is carried over. */
export function problemOf(error: DomainError): Problem {
  return new Problem(
    STATUS_OF[error.kind],
    error.code,
    error.message,
    error.fields.length > 0 ? error.fields : undefined,
    error.type,
    error.params,
  )
}
