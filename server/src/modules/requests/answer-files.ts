import type { Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { isOpen } from '../../domain/requests'
import type { Organization } from '../organizations'
import {
  type AnswerFileProblem,
  checkAnswerFile,
  MAX_ANSWER_FILE_BYTES,
  MAX_ANSWER_FILES,
  type UploadedAnswerFile,
} from './answer-file-check'
import { readAttachment, storeAttachment } from './attachments'
import { requestOf } from './personal'
import { listAttachments, lockRequest } from './repository'

/**
 * Files staff add to an answer (issue 15, item 4): copies from manual systems, stored encrypted like the other
 * attachments of the request (kind `answer`), scoped to the organisation and audited. The completion letter's
 * download package carries them (modules/packages/letter-link.ts).
 */

const MESSAGES: Record<AnswerFileProblem, string> = {
  file_empty: 'The file is empty.',
  file_too_large: `The file is larger than ${MAX_ANSWER_FILE_BYTES / 1024 / 1024} MB.`,
  invalid_file_name: 'The file needs a name with an extension.',
  file_type_not_allowed: 'This kind of file is not accepted, or its content does not match its extension.',
}

export interface AnswerFile {
  id: string
  filename: string
  contentType: string
  sizeBytes: number
}

async function openRequestOf(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'encryption'>,
  orgId: string,
  id: string,
) {
  const row = await lockRequest(trx, orgId, id)
  if (!row) throw new NotFound('request')
  if (!isOpen(requestOf(ctx.encryption, row))) {
    throw new Conflict(
      'request_closed',
      'The request is answered or closed; its answer files can no longer change.',
    )
  }
  return row
}

export async function addAnswerFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  requestId: string,
  upload: UploadedAnswerFile | undefined,
): Promise<AnswerFile> {
  const checked = checkAnswerFile(upload)
  if (checked.outcome === 'refused') {
    throw new InvalidInput(
      [{ path: 'body.file', code: checked.problem, message: MESSAGES[checked.problem] }],
      MESSAGES[checked.problem],
    )
  }
  const { file } = checked
  return inTransaction(ctx, async (tx) => {
    await openRequestOf(tx.db, ctx, org.id, requestId)
    const existing = (await listAttachments(tx.db, org.id, requestId)).filter(
      (a) => a.kind === 'answer' && a.deleted_at === null,
    )
    if (existing.length >= MAX_ANSWER_FILES) {
      throw new Conflict('too_many_answer_files', `An answer holds at most ${MAX_ANSWER_FILES} files.`, {
        params: { max: MAX_ANSWER_FILES },
      })
    }
    const id = await storeAttachment(tx.db, ctx.encryption, {
      organizationId: org.id,
      requestId,
      kind: 'answer',
      filename: file.filename,
      contentType: file.contentType,
      content: file.content,
    })
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'answer_file.added',
      targetType: 'data_subject_request',
      targetId: requestId,
      summary: { fileId: id, contentType: file.contentType, sizeBytes: file.content.length },
    })
    return { id, filename: file.filename, contentType: file.contentType, sizeBytes: file.content.length }
  })
}

/** Takes a file out of the answer while the request is open: its content is deleted, the row stays as a trace. */
export async function removeAnswerFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  requestId: string,
  fileId: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await openRequestOf(tx.db, ctx, org.id, requestId)
    const removed = await tx.db
      .updateTable('request_attachments')
      .set({ content_encrypted: null, deleted_at: new Date() })
      .where('organization_id', '=', org.id)
      .where('request_id', '=', requestId)
      .where('id', '=', fileId)
      .where('kind', '=', 'answer')
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (removed.numUpdatedRows === 0n) throw new NotFound('attachment')
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'answer_file.removed',
      targetType: 'data_subject_request',
      targetId: requestId,
      summary: { fileId },
    })
  })
}

/** The answer's files with their content, for the package the letter links to. */
export async function answerFilesWithContent(
  trx: Transaction<DB>,
  encryption: Encryption,
  organizationId: string,
  requestId: string,
): Promise<{ filename: string; content: Buffer }[]> {
  const rows = (await listAttachments(trx, organizationId, requestId)).filter(
    (a) => a.kind === 'answer' && a.deleted_at === null,
  )
  const files: { filename: string; content: Buffer }[] = []
  for (const row of rows) {
    const stored = await readAttachment(trx, encryption, organizationId, requestId, row.id)
    if (stored?.content) files.push({ filename: row.filename, content: stored.content })
  }
  return files
}
