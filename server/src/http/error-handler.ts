import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { redactSecretsInUrl } from '../redact-secrets'
import { type FieldError, Problem } from './problem'

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8'

function send(reply: FastifyReply, request: FastifyRequest, problem: Problem) {
  return reply
    .code(problem.status)
    .type(PROBLEM_TYPE)
    .send({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      instance: redactSecretsInUrl(request.url.split('?')[0] ?? ''),
      ...(problem.errors ? { errors: problem.errors } : {}),
      requestId: request.id,
    })
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.')
}

/** Turns every failure into problem+json: validation issues name the offending field, internals stay hidden. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof Problem) return send(reply, request, error)
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body'
      const errors: FieldError[] = error.validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean)
        const keys = (v.params as { keys?: string[] }).keys
        if (v.keyword === 'unrecognized_keys' && keys?.length) {
          return {
            path: joinPath(context, [...path, ...keys.slice(0, 1)]),
            message: v.message ?? 'Unknown field',
          }
        }
        return { path: joinPath(context, path), message: v.message ?? 'Invalid value' }
      })
      return send(
        reply,
        request,
        new Problem(400, 'Bad Request', 'The request does not match the schema.', errors),
      )
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response does not match its schema')
      return send(reply, request, new Problem(500, 'Internal Server Error', 'The server could not answer.'))
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const detail =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? 'The body is not valid JSON.'
          : error.message
      const errors =
        error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError
          ? [{ path: 'body', message: detail }]
          : undefined
      return send(reply, request, new Problem(status, titleFor(status), detail, errors))
    }
    request.log.error({ err: error }, 'unhandled error')
    return send(reply, request, new Problem(500, 'Internal Server Error', 'The server could not answer.'))
  })
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      request,
      new Problem(
        404,
        'Not Found',
        `No route ${request.method} ${redactSecretsInUrl(request.url.split('?')[0] ?? '')}.`,
      ),
    ),
  )
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    429: 'Too Many Requests',
  }
  return titles[status] ?? 'Bad Request'
}
