/** RFC 9457 problem details; every error a client sees has this shape. */
export interface FieldError {
  path: string
  message: string
  /** A stable code a client maps to its own text (the message is English). */
  code?: string
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly type = 'about:blank',
  ) {
    super(detail ?? title)
  }
}

export const notFound = (what = 'Resource') => new Problem(404, 'Not Found', `${what} was not found.`)
export const forbidden = (detail = 'Your role does not allow this action.') =>
  new Problem(403, 'Forbidden', detail)
export const unauthorized = (detail = 'Sign in or present a valid API token.') =>
  new Problem(401, 'Unauthorized', detail)
export const conflict = (detail: string, errors?: FieldError[]) =>
  new Problem(409, 'Conflict', detail, errors)
export const invalid = (errors: FieldError[], detail = 'The request contains invalid fields.') =>
  new Problem(422, 'Unprocessable Content', detail, errors)
