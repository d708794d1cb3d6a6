import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { InvalidInput, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { type AnswerFileProblem, checkAnswerFile, type UploadedAnswerFile } from '../requests'
import { type AgreementDocument, findAgreement, updateAgreement } from './repository'
import { MAX_DOCUMENT_BYTES } from './schemas'

/**
 * The signed document of a processing agreement: sealed with the agreement id as additional data (a copied
 * ciphertext does not open), uploaded as a file (multipart, checked by content and extension like a request's answer
 * files) or, through the API, as base64 in the agreement's JSON.
 */
const documentContext = (id: string) => `processor-agreement:${id}`

export interface DocumentFile {
  filename: string
  contentType: string
  content: Buffer
}

const MESSAGES: Record<AnswerFileProblem, string> = {
  file_empty: 'The file is empty.',
  file_too_large: `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
  invalid_file_name: 'The file needs a name with an extension.',
  file_type_not_allowed: 'This kind of file is not accepted, or its content does not match its extension.',
}

export function sealDocument(
  ctx: { encryption: AppContext['encryption'] },
  id: string,
  doc: DocumentFile,
): AgreementDocument {
  return {
    document_filename: doc.filename,
    document_content_type: doc.contentType,
    document_size: doc.content.length,
    document_encrypted: ctx.encryption.encrypt(doc.content.toString('base64'), documentContext(id)),
  }
}

/** Puts an uploaded file on an agreement (vendor's or client's), replacing the document it had. */
export async function attachAgreementDocument(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  upload: UploadedAnswerFile | undefined,
) {
  if (!(await findAgreement(ctx.db, org.id, id))) throw new NotFound('processor_agreement')
  const checked = checkAnswerFile(
    upload && upload.content.length > MAX_DOCUMENT_BYTES ? { ...upload, truncated: true } : upload,
  )
  if (checked.outcome === 'refused') {
    throw new InvalidInput(
      [{ path: 'body.file', code: checked.problem, message: MESSAGES[checked.problem] }],
      MESSAGES[checked.problem],
    )
  }
  return inTransaction(ctx, async (ctx) => {
    const row = await updateAgreement(ctx.db, org.id, id, sealDocument(ctx, id, checked.file))
    if (!row) throw new NotFound('processor_agreement')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.agreement_saved',
      targetType: 'processor',
      targetId: id,
      summary: { changed: ['document'], document: checked.file.filename, size: checked.file.content.length },
    })
    return row
  })
}

/** The agreement's document, decrypted; not_found when the agreement has none. */
export async function agreementDocument(ctx: AppContext, org: Organization, id: string) {
  const row = await findAgreement(ctx.db, org.id, id)
  if (!row?.document_encrypted) throw new NotFound('processor_agreement')
  return {
    filename: row.document_filename ?? 'agreement',
    contentType: row.document_content_type ?? 'application/octet-stream',
    content: Buffer.from(ctx.encryption.decrypt(row.document_encrypted, documentContext(row.id)), 'base64'),
  }
}
