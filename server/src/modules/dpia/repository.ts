import type { Kysely, Transaction } from 'kysely'
import type { DB, DpiaAssessmentRow, DpiaScreeningRow, DpiaSignedCopyRow } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

/** A version as lists and saves read it: everything but the sealed PDF (read only when it is downloaded). */
export type ListedAssessmentRow = Omit<DpiaAssessmentRow, 'signed_pdf_encrypted'>
const LISTED_COLUMNS = [
  'id',
  'organization_id',
  'activity_key',
  'version',
  'status',
  'content',
  'decided_by_label',
  'decided_at',
  'decision_reason',
  'signed_pdf_sha256',
  'signed_pdf_bytes',
  'signed_pdf_language',
  'created_by_label',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ListedAssessmentRow)[]

export function listScreeningRows(db: Db, organizationId: string): Promise<DpiaScreeningRow[]> {
  return db.selectFrom('dpia_screenings').selectAll().where('organization_id', '=', organizationId).execute()
}

export function upsertScreening(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    activityKey: string
    activityVersion: number
    criteria: string[]
    gbaItems: string[]
    result: string
    reason: string
    confirmedById: string | null
    confirmedByLabel: string
  },
): Promise<DpiaScreeningRow> {
  const values = {
    activity_version: row.activityVersion,
    criteria: JSON.stringify(row.criteria),
    gba_items: JSON.stringify(row.gbaItems),
    result: row.result,
    reason: row.reason,
    confirmed_by_id: row.confirmedById,
    confirmed_by_label: row.confirmedByLabel,
    confirmed_at: new Date(),
  }
  return trx
    .insertInto('dpia_screenings')
    .values({ organization_id: row.organizationId, activity_key: row.activityKey, ...values })
    .onConflict((oc) => oc.columns(['organization_id', 'activity_key']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function listAssessmentRows(
  db: Db,
  organizationId: string,
  activityKey?: string,
): Promise<ListedAssessmentRow[]> {
  let q = db
    .selectFrom('dpia_assessments')
    .select(LISTED_COLUMNS)
    .where('organization_id', '=', organizationId)
  if (activityKey !== undefined) q = q.where('activity_key', '=', activityKey)
  return q.orderBy('activity_key').orderBy('version', 'desc').execute()
}

/** The newest version of an activity's assessment, locked for the change that follows. */
export function latestAssessmentForUpdate(
  trx: Transaction<DB>,
  organizationId: string,
  activityKey: string,
): Promise<ListedAssessmentRow | undefined> {
  return trx
    .selectFrom('dpia_assessments')
    .select(LISTED_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('activity_key', '=', activityKey)
    .orderBy('version', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst()
}

export function insertAssessment(
  trx: Transaction<DB>,
  row: {
    organizationId: string
    activityKey: string
    version: number
    content: Record<string, unknown>
    createdByLabel: string
  },
): Promise<DpiaAssessmentRow> {
  return trx
    .insertInto('dpia_assessments')
    .values({
      organization_id: row.organizationId,
      activity_key: row.activityKey,
      version: row.version,
      content: JSON.stringify(row.content),
      created_by_label: row.createdByLabel,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateAssessment(
  trx: Transaction<DB>,
  id: string,
  values: {
    content?: Record<string, unknown>
    status?: string
    decidedByLabel?: string
    decisionReason?: string | null
  },
): Promise<DpiaAssessmentRow> {
  return trx
    .updateTable('dpia_assessments')
    .set({
      ...(values.content ? { content: JSON.stringify(values.content) } : {}),
      ...(values.status ? { status: values.status } : {}),
      ...(values.decidedByLabel
        ? {
            decided_by_label: values.decidedByLabel,
            decided_at: new Date(),
            decision_reason: values.decisionReason ?? null,
          }
        : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Keeps the PDF drawn up at a decision (sealed by the caller) with its SHA-256, size and language. */
export function storeSignedPdf(
  trx: Transaction<DB>,
  id: string,
  pdf: { encrypted: string; sha256: string; bytes: number; language: 'nl' | 'fr' | 'en' },
): Promise<DpiaAssessmentRow> {
  return trx
    .updateTable('dpia_assessments')
    .set({
      signed_pdf_encrypted: pdf.encrypted,
      signed_pdf_sha256: pdf.sha256,
      signed_pdf_bytes: pdf.bytes,
      signed_pdf_language: pdf.language,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * The sealed PDF of a decided version: `version`, or (undefined) the newest version that has one. Undefined when
 * there is no such version or it has no PDF.
 */
export function decidedPdfRow(
  db: Db,
  organizationId: string,
  activityKey: string,
  version: number | undefined,
): Promise<
  | Pick<
      DpiaAssessmentRow,
      'id' | 'version' | 'status' | 'signed_pdf_encrypted' | 'signed_pdf_sha256' | 'signed_pdf_language'
    >
  | undefined
> {
  let q = db
    .selectFrom('dpia_assessments')
    .select(['id', 'version', 'status', 'signed_pdf_encrypted', 'signed_pdf_sha256', 'signed_pdf_language'])
    .where('organization_id', '=', organizationId)
    .where('activity_key', '=', activityKey)
    .where('signed_pdf_encrypted', 'is not', null)
  if (version !== undefined) q = q.where('version', '=', version)
  return q.orderBy('version', 'desc').limit(1).executeTakeFirst()
}

/** A signed copy as lists read it: everything but the sealed bytes. */
export type ListedSignedCopyRow = Omit<DpiaSignedCopyRow, 'content_encrypted'>
const COPY_COLUMNS = [
  'id',
  'organization_id',
  'assessment_id',
  'filename',
  'size_bytes',
  'sha256',
  'note',
  'uploaded_by',
  'uploaded_at',
  'replaced_by',
] as const satisfies readonly (keyof ListedSignedCopyRow)[]

/** Every signed copy of the activity's versions, newest first. */
export function listSignedCopyRows(
  db: Db,
  organizationId: string,
  activityKey: string,
): Promise<ListedSignedCopyRow[]> {
  return db
    .selectFrom('dpia_signed_copies')
    .innerJoin('dpia_assessments', 'dpia_assessments.id', 'dpia_signed_copies.assessment_id')
    .select(COPY_COLUMNS.map((c) => `dpia_signed_copies.${c}` as const))
    .where('dpia_signed_copies.organization_id', '=', organizationId)
    .where('dpia_assessments.activity_key', '=', activityKey)
    .orderBy('dpia_signed_copies.uploaded_at', 'desc')
    .orderBy('dpia_signed_copies.id')
    .execute()
}

/** A version of the activity's assessment, locked while a signed copy is added to it. */
export function assessmentVersionForUpdate(
  trx: Transaction<DB>,
  organizationId: string,
  activityKey: string,
  version: number,
): Promise<Pick<DpiaAssessmentRow, 'id' | 'version' | 'status'> | undefined> {
  return trx
    .selectFrom('dpia_assessments')
    .select(['id', 'version', 'status'])
    .where('organization_id', '=', organizationId)
    .where('activity_key', '=', activityKey)
    .where('version', '=', version)
    .forUpdate()
    .executeTakeFirst()
}

/** The copy of a version that no newer upload replaced. */
export function currentSignedCopy(
  trx: Transaction<DB>,
  assessmentId: string,
): Promise<Pick<DpiaSignedCopyRow, 'id' | 'sha256'> | undefined> {
  return trx
    .selectFrom('dpia_signed_copies')
    .select(['id', 'sha256'])
    .where('assessment_id', '=', assessmentId)
    .where('replaced_by', 'is', null)
    .executeTakeFirst()
}

/**
 * Adds a signed copy; the current one (if any) is marked replaced by it in the same transaction (the foreign key is
 * checked at commit, so the earlier copy may point at the new one before it is inserted).
 */
export async function insertSignedCopy(
  trx: Transaction<DB>,
  row: Omit<DpiaSignedCopyRow, 'uploaded_at' | 'replaced_by'>,
  replaces: string | null,
): Promise<ListedSignedCopyRow> {
  if (replaces !== null)
    await trx
      .updateTable('dpia_signed_copies')
      .set({ replaced_by: row.id })
      .where('id', '=', replaces)
      .where('replaced_by', 'is', null)
      .execute()
  return trx.insertInto('dpia_signed_copies').values(row).returning(COPY_COLUMNS).executeTakeFirstOrThrow()
}

/** One signed copy with its sealed bytes and the version it belongs to; undefined when not of this activity. */
export function signedCopyRow(db: Db, organizationId: string, activityKey: string, id: string) {
  return db
    .selectFrom('dpia_signed_copies')
    .innerJoin('dpia_assessments', 'dpia_assessments.id', 'dpia_signed_copies.assessment_id')
    .select([
      'dpia_signed_copies.id',
      'dpia_signed_copies.filename',
      'dpia_signed_copies.sha256',
      'dpia_signed_copies.content_encrypted',
      'dpia_assessments.version',
    ])
    .where('dpia_signed_copies.organization_id', '=', organizationId)
    .where('dpia_assessments.activity_key', '=', activityKey)
    .where('dpia_signed_copies.id', '=', id)
    .executeTakeFirst()
}
