import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { DomainError, fieldIssueOf, type ProblemCode } from '../domain/errors'
import { redactSecretsInUrl } from '../redact-secrets'
import { type FieldError, Problem, problemOf } from './problem'

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8'

function send(reply: FastifyReply, request: FastifyRequest, problem: Problem) {
  return reply
    .code(problem.status)
    .type(PROBLEM_TYPE)
    .send({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.params ? { params: problem.params } : {}),
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: redactSecretsInUrl(request.url.split('?')[0] ?? ''),
      ...(problem.errors ? { errors: problem.errors } : {}),
      requestId: request.id,
    })
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.')
}

/** The code of a framework error by its status (a body too large, a wrong content type, ...). */
const CODE_OF_STATUS: Record<number, ProblemCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
}

/**
 * The HTTP edge: services throw domain errors (DomainError), this turns them - and schema validation and
 * framework errors - into problem+json with a stable code. Internals stay hidden.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      // A refusal is the caller's; an internal fault (stored data that cannot be read) is logged with its row.
      if (error.kind === 'internal') request.log.error({ err: error }, error.message)
      return send(reply, request, problemOf(error))
    }
    if (error instanceof Problem) return send(reply, request, error)
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body'
      const errors: FieldError[] = error.validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean)
        const issue = { ...(v.params as Record<string, unknown>), code: v.keyword, message: v.message }
        const keys = (v.params as { keys?: string[] }).keys
        if (v.keyword === 'unrecognized_keys' && keys?.length) {
          return fieldIssueOf(joinPath(context, [...path, ...keys.slice(0, 1)]), {
            ...issue,
            message: v.message ?? 'Unknown field',
          })
        }
        return fieldIssueOf(joinPath(context, path), issue)
      })
      return send(
        reply,
        request,
        new Problem(400, 'schema_mismatch', 'The request does not match the schema.', errors),
      )
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response does not match its schema')
      return send(reply, request, new Problem(500, 'internal_error', 'The server could not answer.'))
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      // An empty body sent as JSON is not valid JSON either: the same code, a sentence that says what is wrong.
      const emptyJson = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
      const badJson =
        emptyJson || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
      const detail = emptyJson
        ? 'The body is empty; send a JSON document.'
        : badJson
          ? 'The body is not valid JSON.'
          : error.message
      const errors: FieldError[] | undefined =
        error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError
          ? [{ path: 'body', message: detail, code: badJson ? 'invalid_json' : 'invalid' }]
          : undefined
      const code = badJson ? 'invalid_json' : (CODE_OF_STATUS[status] ?? 'bad_request')
      return send(reply, request, new Problem(status, code, detail, errors))
    }
    request.log.error({ err: error }, 'unhandled error')
    return send(reply, request, new Problem(500, 'internal_error', 'The server could not answer.'))
  })
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      new Problem(
        404,
        'route_not_found',
        `No route ${request.method} ${redactSecretsInUrl(request.url.split('?')[0] ?? '')}.`,
      ),
    ),
  )
}
