import { ALL_FIELD_ERROR_CODES, ENTITY_NAMES, PROBLEM_CODES } from '../domain/errors'

const paramValue = {
  anyOf: [
    { type: 'string' as const },
    { type: 'number' as const },
    { type: 'boolean' as const },
    { type: 'array' as const, items: { type: 'string' as const } },
  ],
}

const paramsSchema = {
  type: 'object' as const,
  description: 'Values a client needs to word the code (a minimum, a format, the entity, the refused value).',
  properties: { entity: { $ref: '#/components/schemas/EntityName' } },
  additionalProperties: paramValue,
}

/** The OpenAPI schemas of every error answer (application/problem+json, RFC 9457) and its field errors. */
export const problemSchemas = {
  EntityName: {
    type: 'string' as const,
    enum: [...ENTITY_NAMES],
    description: 'What a not_found problem could not find (params.entity), for the client to name.',
  },
  FieldError: {
    type: 'object' as const,
    required: ['path', 'code', 'message'],
    properties: {
      path: { type: 'string' as const, description: 'Where, e.g. body.email or querystring.from.' },
      code: {
        type: 'string' as const,
        enum: [...ALL_FIELD_ERROR_CODES],
        description: 'Stable code a client words in its own language.',
      },
      message: { type: 'string' as const, description: 'English text, for logs and API users.' },
      params: paramsSchema,
      line: { type: 'integer' as const, description: 'Line in an uploaded file.' },
    },
  },
  Problem: {
    type: 'object' as const,
    required: ['type', 'title', 'status', 'code', 'instance', 'requestId'],
    properties: {
      type: { type: 'string' as const, description: 'about:blank, or urn:custos:problem:{area}:{code}.' },
      title: { type: 'string' as const },
      status: { type: 'integer' as const },
      code: {
        type: 'string' as const,
        enum: [...PROBLEM_CODES],
        description: 'Stable code a client words in its own language.',
      },
      params: paramsSchema,
      detail: { type: 'string' as const, description: 'English text, for logs and API users.' },
      instance: { type: 'string' as const },
      errors: { type: 'array' as const, items: { $ref: '#/components/schemas/FieldError' } },
      requestId: { type: 'string' as const },
    },
  },
}
