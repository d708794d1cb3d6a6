import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DB, NoticeVersionsTable } from '../../db/schema'
import { type PublishedTexts, storedNoticeDocuments, storedRegisterSnapshot } from './stored'

/** A published version as stored, its JSON read through its definitions (checked, without `$v`). */
export type NoticeVersionRow = Omit<Selectable<NoticeVersionsTable>, 'documents' | 'register_snapshot'> & {
  documents: PublishedTexts
  register_snapshot: Record<string, unknown>
}

function readVersion(row: Selectable<NoticeVersionsTable>): NoticeVersionRow {
  return {
    ...row,
    documents: storedNoticeDocuments.read(row.documents, row.id),
    register_snapshot: storedRegisterSnapshot.read(row.register_snapshot, row.id),
  }
}

export async function latestNoticeVersion(
  db: Kysely<DB>,
  organizationId: string,
): Promise<NoticeVersionRow | undefined> {
  const row = await db
    .selectFrom('notice_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row && readVersion(row)
}

export async function findNoticeVersion(
  db: Kysely<DB>,
  organizationId: string,
  version: number,
): Promise<NoticeVersionRow | undefined> {
  const row = await db
    .selectFrom('notice_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('version', '=', version)
    .executeTakeFirst()
  return row && readVersion(row)
}

export function listNoticeVersions(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('notice_versions')
    .select(['version', 'effective_date', 'material', 'change_summary', 'published_by', 'published_at'])
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .execute()
}

export async function insertNoticeVersion(
  trx: Transaction<DB>,
  v: {
    organizationId: string
    version: number
    effectiveDate: string
    material: boolean
    changeSummary: string | null
    registerSnapshot: Record<string, unknown>
    documents: PublishedTexts
    publishedBy: string
  },
) {
  await trx
    .insertInto('notice_versions')
    .values({
      organization_id: v.organizationId,
      version: v.version,
      effective_date: v.effectiveDate,
      material: v.material,
      change_summary: v.changeSummary,
      register_snapshot: storedRegisterSnapshot.serialize(v.registerSnapshot),
      documents: storedNoticeDocuments.serialize(v.documents),
      published_by: v.publishedBy,
    })
    .execute()
}

export function confirmedSubscribers(trx: Transaction<DB> | Kysely<DB>, organizationId: string) {
  return trx
    .selectFrom('notice_subscribers')
    .select(['id', 'email', 'language'])
    .where('organization_id', '=', organizationId)
    .where('confirmed_at', 'is not', null)
    .execute()
}
