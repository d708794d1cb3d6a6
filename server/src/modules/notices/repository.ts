import type { Kysely, Selectable, Transaction } from 'kysely'
import type { DB, NoticeVersionsTable } from '../../db/schema'

export type NoticeVersionRow = Selectable<NoticeVersionsTable>

export function latestNoticeVersion(
  db: Kysely<DB>,
  organizationId: string,
): Promise<NoticeVersionRow | undefined> {
  return db
    .selectFrom('notice_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export function findNoticeVersion(db: Kysely<DB>, organizationId: string, version: number) {
  return db
    .selectFrom('notice_versions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('version', '=', version)
    .executeTakeFirst()
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
    documents: NoticeVersionRow['documents']
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
      register_snapshot: JSON.stringify(v.registerSnapshot),
      documents: JSON.stringify(v.documents),
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
