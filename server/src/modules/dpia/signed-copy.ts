import { createHash, randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import {
  checkSignedCopy,
  MAX_SIGNED_COPY_BYTES,
  type SignedCopyProblem,
} from '../../domain/dpia/signed-copy-file'
import { Conflict, DomainError, InvalidInput, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { openFile, sealFile, type UploadedAnswerFile } from '../requests'
import {
  assessmentVersionForUpdate,
  currentSignedCopy,
  insertSignedCopy,
  type ListedSignedCopyRow,
  signedCopyRow,
} from './repository'

/**
 * The signed copy of a decided version (issue 21 item 2, decision 0091): the PDF the DPO or the controller signed
 * after the validation or the refusal, uploaded by a person. Custos checks that it is a PDF (header and end
 * marker), keeps it sealed bound to its row with its SHA-256, who uploaded it and when, and records the upload in
 * the audit chain. It does not check the signature, nor that the document is the one Custos drew up: the page says
 * so. A version keeps every copy uploaded for it; a new one replaces the current one only when the upload names it.
 */
const sealContext = (id: string) => `dpia-signed-copy:${id}`
export const MAX_NOTE = 500

const MESSAGES: Record<SignedCopyProblem, string> = {
  file_empty: 'The file is empty, or no file was sent in the field "file".',
  file_too_large: `The file is larger than ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB.`,
  file_not_pdf: 'Not a PDF: the file does not start with a PDF header (%PDF-1.x or %PDF-2.x).',
  pdf_incomplete: 'The PDF has no end-of-file marker (%%EOF) at its end: it is probably cut off.',
}

export interface SignedCopy {
  id: string
  filename: string
  sizeBytes: number
  sha256: string
  note: string
  uploadedBy: string
  uploadedAt: string
  /** The copy uploaded after it for the same version; null: the current one. */
  replacedBy: string | null
}

export function presentSignedCopy(row: ListedSignedCopyRow): SignedCopy {
  return {
    id: row.id,
    filename: row.filename,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    note: row.note,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
    replacedBy: row.replaced_by,
  }
}

/**
 * Adds the signed copy of `version`, which must be validated or refused (409 `dpia_version_not_decided` on
 * querystring.version). When the version already has a copy, `replaces` must name it (409 `signed_copy_exists`
 * otherwise, also when another copy was uploaded in the meantime): the earlier copy stays, marked replaced.
 */
export async function attachSignedCopy(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  version: number,
  upload: (UploadedAnswerFile & { fields: Record<string, string> }) | undefined,
): Promise<SignedCopy> {
  const checked = checkSignedCopy(upload)
  if (checked.outcome === 'refused')
    throw new InvalidInput(
      [{ path: 'body.file', code: checked.problem, message: MESSAGES[checked.problem] }],
      MESSAGES[checked.problem],
    )
  const note = (upload?.fields.note ?? '').trim()
  if (note.length > MAX_NOTE)
    throw new InvalidInput(
      [
        {
          path: 'body.note',
          code: 'too_big',
          message: `At most ${MAX_NOTE} characters.`,
          params: { maximum: MAX_NOTE, origin: 'string' },
        },
      ],
      'The note is too long.',
    )
  const replaces = upload?.fields.replaces?.trim() || null
  const sha256 = createHash('sha256').update(checked.content).digest('hex')
  return inTransaction(ctx, async (ctx) => {
    const target = await assessmentVersionForUpdate(ctx.db, org.id, activityKey, version)
    if (!target) throw new NotFound('dpia_assessment')
    if (target.status !== 'validated' && target.status !== 'refused')
      throw new Conflict(
        'dpia_version_not_decided',
        `Version ${version} is a draft: a signed copy belongs to a version that was validated or refused.`,
        {
          params: { version },
          fields: [
            {
              path: 'querystring.version',
              code: 'dpia_version_not_decided',
              message: 'Choose a version that was validated or refused.',
            },
          ],
        },
      )
    const current = await currentSignedCopy(ctx.db, target.id)
    if ((current?.id ?? null) !== replaces)
      throw new Conflict(
        'signed_copy_exists',
        current
          ? `Version ${version} already has a signed copy (${current.id}); send its id in the field "replaces" to replace it - it stays in the history.`
          : `Version ${version} has no signed copy to replace; send the file without "replaces".`,
        {
          params: { version, current: current?.id ?? '' },
          fields: [
            {
              path: 'body.replaces',
              code: 'signed_copy_exists',
              message: current ? `The current copy is ${current.id}.` : 'There is no copy to replace.',
            },
          ],
        },
      )
    const id = randomUUID()
    const row = await insertSignedCopy(
      ctx.db,
      {
        id,
        organization_id: org.id,
        assessment_id: target.id,
        filename: checked.filename,
        size_bytes: checked.content.length,
        sha256,
        content_encrypted: sealFile(ctx.encryption, checked.content, sealContext(id)),
        note,
        uploaded_by: actor.label,
      },
      current?.id ?? null,
    )
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'dpia.signed_copy_uploaded',
      targetType: 'dpia',
      targetId: activityKey,
      summary: {
        activity: activityKey,
        version,
        copyId: id,
        filename: checked.filename,
        sizeBytes: checked.content.length,
        sha256,
        replaces: current?.id ?? null,
        replacedSha256: current?.sha256 ?? null,
      },
    })
    return presentSignedCopy(row)
  })
}

/** A stored signed copy no longer opens or no longer matches its SHA-256: 500, recorded, never the bytes. */
export class SignedCopyCorrupt extends DomainError {
  readonly kind = 'internal'
  constructor(activityKey: string, id: string, reason: 'unreadable' | 'hash_mismatch') {
    super(
      'signed_copy_corrupt',
      `The signed copy ${id} of the DPIA of ${activityKey} ${reason === 'unreadable' ? 'cannot be decrypted' : 'does not match its recorded SHA-256'}.`,
      { params: { activityKey, id, reason } },
    )
  }
}

/** The bytes of a signed copy as uploaded, checked against the SHA-256 recorded at the upload. */
export async function readSignedCopy(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  id: string,
): Promise<{ content: Buffer; sha256: string; filename: string; version: number }> {
  const row = await signedCopyRow(ctx.db, org.id, activityKey, id)
  if (!row) throw new NotFound('dpia_signed_copy')
  let content: Buffer | null = null
  try {
    content = openFile(ctx.encryption, row.content_encrypted, sealContext(row.id))
  } catch {
    content = null
  }
  const sha256 = content ? createHash('sha256').update(content).digest('hex') : null
  if (!content || sha256 !== row.sha256) {
    const reason = content ? 'hash_mismatch' : 'unreadable'
    await inTransaction(ctx, (ctx) =>
      recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'dpia.signed_copy_corrupt',
        targetType: 'dpia',
        targetId: activityKey,
        summary: {
          activity: activityKey,
          version: row.version,
          copyId: row.id,
          reason,
          recordedSha256: row.sha256,
          foundSha256: sha256,
        },
      }),
    )
    throw new SignedCopyCorrupt(activityKey, row.id, reason)
  }
  return { content, sha256, filename: row.filename, version: row.version }
}
