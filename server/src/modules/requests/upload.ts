import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { BadRequest, UnsupportedMediaType } from '../../domain/errors'
import type { App } from '../../http/types'
import { MAX_ANSWER_FILE_BYTES, type UploadedAnswerFile } from './answer-file-check'

/** The body limit of a route taking one file: the largest file plus room for the multipart framing and fields. */
export const UPLOAD_BODY_LIMIT = MAX_ANSWER_FILE_BYTES + 1024 * 1024

/**
 * The prologue of every staff route that takes one uploaded file (the answer files of a request, the evidence of
 * a breach): a scope of its own with @fastify/multipart limited to one file of at most 20 MB and `textFields` short
 * text fields before it (4 KB each). The routes registered in `routes` read the file with readUpload.
 */
export function uploadScope(app: App, options: { textFields?: number }, routes: (scope: App) => void): void {
  const fields = options.textFields ?? 0
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>()
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
 * one-file limit: the answer files of a request, the evidence of a breach. A body the parser cannot read is the
 * client's fault (400), never a 500; a file over the limit comes back truncated for the check to refuse.
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<(UploadedAnswerFile & { fields: Record<string, string> }) | undefined> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaType(
      'unsupported_media_type',
      'Send the file as multipart/form-data in the field "file".',
      {
        fields: [{ path: 'body', code: 'invalid', message: 'Expected multipart/form-data' }],
      },
    )
  }
  try {
    const part = await request.file()
    if (!part) return undefined
    const content = await part.toBuffer()
    // Text fields sent before the file (a route that allows them: its multipart limits say how many).
    const fields: Record<string, string> = {}
    for (const [name, value] of Object.entries(part.fields)) {
      const field = Array.isArray(value) ? value[0] : value
      if (field && field.type === 'field' && typeof field.value === 'string') fields[name] = field.value
    }
    return { filename: part.filename ?? '', content, truncated: part.file.truncated, fields }
  } catch (error) {
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
}
