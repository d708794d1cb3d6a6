import type { FastifyRequest } from 'fastify'
import { BadRequest, UnsupportedMediaType } from '../../domain/errors'
import type { UploadedAnswerFile } from './answer-file-check'

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
