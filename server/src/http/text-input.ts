import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { BadRequest } from '../domain/errors'
import type { FieldError } from './problem'

/** A NUL character, or a UTF-16 surrogate without its partner: text PostgreSQL cannot store and no one types. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g')

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text)
}

/**
 * The first string (value or object key) in `value` that is not storable text, with its dotted path; null when
 * there is none. Iterative, so a deeply nested body cannot exhaust the stack. Binary parts (Buffers: uploaded
 * files) and streamed bodies (a CSV import, read as it arrives) are not text here and are skipped.
 */
export function findUnstorableText(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]]
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string]
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}.${i}`])
    } else if (
      typeof current === 'object' &&
      current !== null &&
      !ArrayBuffer.isView(current) &&
      !(current instanceof Readable)
    ) {
      const entries = Object.entries(current)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown]
        // A bad key is named with U+FFFD in place of the bad characters (the problem document must be valid text).
        if (!isStorableText(key)) return `${path}.${key.replace(UNSTORABLE_ALL, '\uFFFD')}`
        stack.push([child, `${path}.${key}`])
      }
    }
  }
  return null
}

/**
 * Every text input - path parameters, query, JSON, URL-encoded and multipart fields - is checked before the
 * route sees it: a NUL or an unpaired surrogate is a 400 problem naming the field, on every route at once.
 */
export function installTextInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    refuseUnstorable(
      findUnstorableText(request.params, 'params') ??
        findUnstorableText(request.query, 'query') ??
        findUnstorableText(request.body, 'body'),
    )
  })
  // Multipart fields reach the body in the multipart plugin's own preValidation hook, after the one above.
  app.addHook('preHandler', async (request) => {
    if (request.isMultipart?.()) refuseUnstorable(findUnstorableText(request.body, 'body'))
  })
}

function refuseUnstorable(path: string | null) {
  if (path === null) return
  const error: FieldError = {
    path,
    message: 'Contains a NUL character or an unpaired surrogate; send plain text.',
    code: 'unstorable_text',
  }
  throw new BadRequest('unstorable_text', 'The request contains text that cannot be stored.', {
    fields: [error],
  })
}
