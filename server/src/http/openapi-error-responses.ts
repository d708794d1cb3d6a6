/** Error answers an operation may document (each as application/problem+json, components.responses). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429

const PROBLEM_JSON = 'application/problem+json'
const problemRef = { $ref: '#/components/schemas/Problem' }

/** The shared error answers: one per status, each application/problem+json with the Problem schema. */
export const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string; example: object }> = {
  400: {
    name: 'BadRequest',
    description:
      'The request does not match the schema (code `schema_mismatch`, one field error per refused field with ' +
      '`path` such as `body.email`), is not valid JSON (`invalid_json`) or contains text that cannot be stored ' +
      '(`unstorable_text`).',
    example: {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'schema_mismatch',
      detail: 'The request does not match the schema.',
      instance: '/api/v1/orgs/acme/requests',
      errors: [{ path: 'body.types', code: 'too_small', message: 'Too small', params: { minimum: 1 } }],
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  401: {
    name: 'Unauthorized',
    description:
      'No valid sign-in: the API token is invalid, expired or revoked (`invalid_api_token`), no session or token ' +
      'was sent (`unauthenticated`), or the session still waits for its second factor (`second_factor_required`).',
    example: {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      code: 'invalid_api_token',
      detail: 'The API token is invalid, expired or revoked.',
      instance: '/api/v1/orgs/acme/requests',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  403: {
    name: 'Forbidden',
    description:
      'The caller is known but may not do this: the API token lacks the scope or the role does not allow the ' +
      'action (`forbidden`, the detail names the action), or a cookie-authenticated write without the session’s ' +
      'X-CSRF-Token (`csrf_token_mismatch`).',
    example: {
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      detail: 'The API token lacks the scope requests:write needed for request:act.',
      instance: '/api/v1/orgs/acme/requests',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  404: {
    name: 'NotFound',
    description:
      'Nothing of that kind here (`not_found`, `params.entity` names it). An organisation the caller does not ' +
      'belong to answers exactly like one that does not exist.',
    example: {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'not_found',
      params: { entity: 'request' },
      detail: 'Request was not found.',
      instance: '/api/v1/orgs/acme/requests/00000000-0000-4000-8000-000000000000',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  409: {
    name: 'Conflict',
    description:
      'The current state does not allow it (for example `request_closed`, `not_allowed_in_status`); the code says ' +
      'which rule.',
    example: {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      code: 'request_closed',
      detail: 'The request is closed; a closed request is final.',
      instance: '/api/v1/orgs/acme/requests/5b0d4f5e-2c1a-4e8b-9f3d-7a6c5b4e3d2c/actions/extend',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  413: {
    name: 'ContentTooLarge',
    description: 'The body is larger than the route accepts (`payload_too_large`).',
    example: {
      type: 'about:blank',
      title: 'Content Too Large',
      status: 413,
      code: 'payload_too_large',
      detail: 'Request body is too large',
      instance: '/api/v1/orgs/acme/register/import',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body is not of a content type the route reads (`unsupported_media_type`).',
    example: {
      type: 'about:blank',
      title: 'Unsupported Media Type',
      status: 415,
      code: 'unsupported_media_type',
      detail: 'Unsupported Media Type',
      instance: '/api/v1/orgs/acme/requests',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  422: {
    name: 'UnprocessableContent',
    description:
      'Well-formed, but a rule refuses it: `invalid_input` or a specific code, with one field error per ' +
      'offending field (`errors[].path`, `errors[].code`, `errors[].params`).',
    example: {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      code: 'invalid_input',
      detail: 'The request contains invalid fields.',
      instance: '/api/v1/orgs/acme/subjects',
      errors: [
        {
          path: 'body.identities.0.value',
          code: 'invalid_national_number',
          message: 'Not a valid Belgian national number.',
        },
      ],
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
  429: {
    name: 'TooManyRequests',
    description: 'Too many attempts from this client; try again later (`too_many_requests`).',
    example: {
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      code: 'too_many_requests',
      detail: 'Too many requests. Try again in 60 seconds.',
      instance: '/api/v1/auth/login',
      requestId: '5f0c6d1e-8a3b-4c2d-9e7f-1a2b3c4d5e6f',
    },
  },
}

/** components.responses: the shared error answers the operations refer to. */
export function errorResponseComponents() {
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map((r) => [
      r.name,
      { description: r.description, content: { [PROBLEM_JSON]: { schema: problemRef, example: r.example } } },
    ]),
  )
}
