import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { BadRequest, UnsupportedMediaType } from '../../domain/errors'
import type { App } from '../../http/types'
import { MAX_ANSWER_FILE_BYTES, type UploadedAnswerFile } from './answer-file-check'

/** The body limit of a route taking one file: the largest file plus room for the multipart framing and fields. */
export const UPLOAD_BODY_LIMIT = MAX_ANSWER_FILE_BYTES + 1024 * 1024

/** How many text fields the route of a request takes (set by its upload scope), to name the limit when it is passed. */
const textFieldLimit = new WeakMap<FastifyRequest, number>()

/**
 * The prologue of every staff route that takes one uploaded file (the answer files of a request, the evidence of
 * a breach): a scope of its own with @fastify/multipart limited to one file of at most 20 MB and `textFields` short
 * text fields (4 KB each), before or after the file. The routes registered in `routes` read the file with readUpload.
 */
export function uploadScope(app: App, options: { textFields?: number }, routes: (scope: App) => void): void {
  const fields = options.textFields ?? 0
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>()
    scope.addHook('onRequest', async (request) => {
      textFieldLimit.set(request, fields)
    })
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: MAX_ANSWER_FILE_BYTES,
        files: 1,
        fields,
        fieldSize: 4096,
        parts: fields + 1,
        headerPairs: 50,
      },
    })
    routes(scope)
  })
}

/**
 * The one file part of a multipart upload (field "file"), for any route that registered @fastify/multipart with a
 * one-file limit: the answer files of a request, the evidence of a breach. The text fields are read wherever they
 * stand (R12: a note after the file used to be dropped). A body the parser cannot read is the client's fault (400),
 * never a 500; more parts than the route takes is 400 `too_many_form_parts`; a file over the limit comes back
 * truncated for the check to refuse.
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<(UploadedAnswerFile & { fields: Record<string, string> }) | undefined> {
  const limits = { files: 1, fields: textFieldLimit.get(request) ?? 0 }
  if (!request.isMultipart()) {
    throw new UnsupportedMediaType(
      'unsupported_media_type',
      'Send the file as multipart/form-data in the field "file".',
      {
        fields: [{ path: 'body', code: 'invalid', message: 'Expected multipart/form-data' }],
      },
    )
  }
  const fields: Record<string, string> = {}
  let file: UploadedAnswerFile | undefined
  try {
    // Every part in order: text fields before and after the file are kept alike.
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer()
        file = { filename: part.filename ?? '', content, truncated: part.file.truncated }
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_FILES_LIMIT')
      throw tooManyParts(limits)
    const status = (error as { statusCode?: unknown }).statusCode
    if (status === 413) return { filename: '', content: Buffer.from([0]), truncated: true, fields: {} }
    throw new BadRequest('bad_request', 'The multipart body cannot be read.', {
      fields: [
        {
          path: 'body',
          code: 'invalid',
          message: error instanceof Error ? error.message : 'Unreadable body',
        },
      ],
    })
  }
  return file ? { ...file, fields } : undefined
}

/** More parts than the route takes: said as such, never as a file that is too large. */
function tooManyParts(limits: { files: number; fields: number }) {
  const message = `The form may hold one file ("file") and a limited number of text fields (at most ${limits.fields}).`
  return new BadRequest('too_many_form_parts', message, {
    params: { files: limits.files, fields: limits.fields },
    fields: [
      {
        path: 'body',
        code: 'too_many_form_parts',
        message,
        params: { files: limits.files, fields: limits.fields },
      },
    ],
  })
}
