import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { DB } from '../../db/schema'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import {
  type AnswerFileProblem,
  checkAnswerFile,
  MAX_ANSWER_FILE_BYTES,
  openFile,
  sealFile,
  type UploadedAnswerFile,
} from '../requests'
import { lockBreach } from './repository'

/**
 * Evidence kept with a breach (issue 19, item 1): screenshots, logs, the attacker's message, a forensic report.
 * Checked like the files of a request's answer (type by content and extension, size) and sealed the same way, bound
 * to the evidence's id; every upload and every download is in the audit log.
 */

export const MAX_EVIDENCE_FILES = 50
const MAX_DESCRIPTION = 500

const MESSAGES: Record<AnswerFileProblem, string> = {
  file_empty: 'The file is empty.',
  file_too_large: `The file is larger than ${MAX_ANSWER_FILE_BYTES / 1024 / 1024} MB.`,
  invalid_file_name: 'The file needs a name with an extension.',
  file_type_not_allowed: 'This kind of file is not accepted, or its content does not match its extension.',
}

const context = (id: string) => `breach-evidence:${id}`

export interface EvidenceFile {
  id: string
  filename: string
  contentType: string
  sizeBytes: number
  description: string
  uploadedBy: string
  uploadedAt: string
}

const COLUMNS = [
  'id',
  'filename',
  'content_type',
  'size_bytes',
  'description',
  'uploaded_by',
  'created_at',
] as const

type Db = Kysely<DB> | Transaction<DB>

function present(row: {
  id: string
  filename: string
  content_type: string
  size_bytes: number
  description: string
  uploaded_by: string
  created_at: Date
}): EvidenceFile {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    description: row.description,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.created_at.toISOString(),
  }
}

export async function listEvidence(db: Db, organizationId: string, breachId: string) {
  const rows = await db
    .selectFrom('breach_evidence')
    .select(COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('breach_id', '=', breachId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map(present)
}

export async function addEvidence(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  breachId: string,
  upload: UploadedAnswerFile | undefined,
  description: string,
): Promise<EvidenceFile> {
  const checked = checkAnswerFile(upload)
  if (checked.outcome === 'refused') {
    throw new InvalidInput(
      [{ path: 'body.file', code: checked.problem, message: MESSAGES[checked.problem] }],
      MESSAGES[checked.problem],
    )
  }
  const note = description.trim()
  if (note.length > MAX_DESCRIPTION) {
    throw new InvalidInput(
      [
        {
          path: 'body.description',
          code: 'too_big',
          message: `At most ${MAX_DESCRIPTION} characters.`,
          params: { maximum: MAX_DESCRIPTION, origin: 'string' },
        },
      ],
      'The description is too long.',
    )
  }
  const { file } = checked
  return inTransaction(ctx, async (tx) => {
    const breach = await lockBreach(tx.db, org.id, breachId)
    if (!breach) throw new NotFound('breach')
    if (breach.status === 'closed')
      throw new Conflict('breach_closed', 'The breach is closed; reopen it to change it.')
    const count = await tx.db
      .selectFrom('breach_evidence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', org.id)
      .where('breach_id', '=', breachId)
      .executeTakeFirstOrThrow()
    if (Number(count.n) >= MAX_EVIDENCE_FILES) {
      throw new Conflict('too_many_evidence_files', `A breach holds at most ${MAX_EVIDENCE_FILES} files.`, {
        params: { max: MAX_EVIDENCE_FILES },
      })
    }
    const id = randomUUID()
    const row = await tx.db
      .insertInto('breach_evidence')
      .values({
        id,
        organization_id: org.id,
        breach_id: breachId,
        filename: file.filename,
        content_type: file.contentType,
        size_bytes: file.content.length,
        description: note,
        content_encrypted: sealFile(ctx.encryption, file.content, context(id)),
        uploaded_by: actor.label,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow()
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'breach.evidence_added',
      targetType: 'breach',
      targetId: breachId,
      summary: {
        reference: breach.reference,
        evidenceId: id,
        filename: file.filename,
        contentType: file.contentType,
        sizeBytes: file.content.length,
      },
    })
    return present(row)
  })
}

/** The evidence's content, decrypted; the download is audited (who looked at what, when). */
export async function downloadEvidence(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  breachId: string,
  evidenceId: string,
): Promise<{ filename: string; contentType: string; content: Buffer }> {
  const row = await ctx.db
    .selectFrom('breach_evidence')
    .innerJoin('breaches', 'breaches.id', 'breach_evidence.breach_id')
    .select([
      'breach_evidence.id',
      'breach_evidence.filename',
      'breach_evidence.content_type',
      'breach_evidence.content_encrypted',
      'breaches.reference',
    ])
    .where('breach_evidence.organization_id', '=', org.id)
    .where('breach_evidence.breach_id', '=', breachId)
    .where('breach_evidence.id', '=', evidenceId)
    .executeTakeFirst()
  if (!row) throw new NotFound('attachment')
  const content = openFile(ctx.encryption, row.content_encrypted, context(row.id))
  await inTransaction(ctx, (tx) =>
    recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'breach.evidence_downloaded',
      targetType: 'breach',
      targetId: breachId,
      summary: { reference: row.reference, evidenceId: row.id, filename: row.filename },
    }),
  )
  return { filename: row.filename, contentType: row.content_type, content }
}
