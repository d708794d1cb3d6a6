import { type Kysely, sql, type Transaction } from 'kysely'
import type { DB, Language } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

/**
 * answer_packages rows. Until a link is issued, token_hash holds a random placeholder that no token can hash to
 * (a token's hash is 64 hex characters); the row is the lasting record of the package, its content goes once it
 * is downloaded, deleted by staff or expired.
 */
export const UNISSUED_PREFIX = 'unissued:'

export interface PackageSummaryRow {
  id: string
  organization_id: string
  request_id: string | null
  run_id: string | null
  language: Language
  file_name: string
  size_bytes: number
  sha256: string
  expires_at: Date
  downloaded_at: Date | null
  deleted_at: Date | null
  created_at: Date
  has_content: boolean
  link_issued: boolean
}

const summaryColumns = [
  'answer_packages.id',
  'answer_packages.organization_id',
  'answer_packages.request_id',
  'answer_packages.run_id',
  'answer_packages.language',
  'answer_packages.file_name',
  'answer_packages.size_bytes',
  'answer_packages.sha256',
  'answer_packages.expires_at',
  'answer_packages.downloaded_at',
  'answer_packages.deleted_at',
  'answer_packages.created_at',
] as const

const hasContent = sql<boolean>`answer_packages.content_encrypted is not null`.as('has_content')
const linkIssued = sql<boolean>`answer_packages.token_hash not like ${`${UNISSUED_PREFIX}%`}`.as(
  'link_issued',
)

function summaries(db: Db) {
  return db.selectFrom('answer_packages').select([...summaryColumns, hasContent, linkIssued])
}

export async function insertPackage(
  db: Db,
  row: {
    id: string
    organizationId: string
    requestId: string | null
    runId: string | null
    language: Language
    fileName: string
    sizeBytes: number
    sha256: string
    contentEncrypted: string
    tokenHash: string
    expiresAt: Date
  },
) {
  await db
    .insertInto('answer_packages')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      request_id: row.requestId,
      run_id: row.runId,
      language: row.language,
      file_name: row.fileName,
      size_bytes: row.sizeBytes,
      sha256: row.sha256,
      content_encrypted: row.contentEncrypted,
      token_hash: row.tokenHash,
      expires_at: row.expiresAt,
    })
    .execute()
}

export function findPackage(db: Db, organizationId: string, id: string) {
  return summaries(db)
    .where('answer_packages.organization_id', '=', organizationId)
    .where('answer_packages.id', '=', id)
    .executeTakeFirst() as Promise<PackageSummaryRow | undefined>
}

/**
 * Whether the organisation has this request (the packages of an unknown request are a 404, not an empty list).
 * Reads the requests table directly: the requests module depends on this one (letters carry package links), so
 * asking its face would be a cycle.
 */
export async function requestExists(db: Db, organizationId: string, requestId: string): Promise<boolean> {
  const row = await db
    .selectFrom('requests')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', requestId)
    .executeTakeFirst()
  return row !== undefined
}

export function listPackagesOfRequest(db: Db, organizationId: string, requestId: string) {
  return summaries(db)
    .where('answer_packages.organization_id', '=', organizationId)
    .where('answer_packages.request_id', '=', requestId)
    .orderBy('answer_packages.created_at', 'desc')
    .orderBy('answer_packages.id')
    .execute() as Promise<PackageSummaryRow[]>
}

export function findLatestPackageOfRequest(db: Db, organizationId: string, requestId: string) {
  return summaries(db)
    .where('answer_packages.organization_id', '=', organizationId)
    .where('answer_packages.request_id', '=', requestId)
    .orderBy('answer_packages.created_at', 'desc')
    .orderBy('answer_packages.id', 'desc')
    .limit(1)
    .executeTakeFirst() as Promise<PackageSummaryRow | undefined>
}

/** The package and its organisation's link settings, locked for the caller's transaction. */
export function lockPackage(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('answer_packages')
    .innerJoin('organizations', 'organizations.id', 'answer_packages.organization_id')
    .select([
      ...summaryColumns,
      hasContent,
      linkIssued,
      'organizations.slug',
      'organizations.package_link_days',
    ])
    .where('answer_packages.id', '=', id)
    .forUpdate('answer_packages')
    .executeTakeFirst() as Promise<
    (PackageSummaryRow & { slug: string; package_link_days: number }) | undefined
  >
}

/** The package a download link points to, with its content, locked for the caller's transaction. */
export function lockPackageByToken(trx: Transaction<DB>, organizationId: string, tokenHash: string) {
  return trx
    .selectFrom('answer_packages')
    .select([...summaryColumns, hasContent, linkIssued, 'answer_packages.content_encrypted'])
    .where('answer_packages.organization_id', '=', organizationId)
    .where('answer_packages.token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst() as Promise<(PackageSummaryRow & { content_encrypted: string | null }) | undefined>
}

export function findPackageByToken(db: Db, organizationId: string, tokenHash: string) {
  return summaries(db)
    .where('answer_packages.organization_id', '=', organizationId)
    .where('answer_packages.token_hash', '=', tokenHash)
    .executeTakeFirst() as Promise<PackageSummaryRow | undefined>
}

export async function setPackageLink(db: Db, id: string, tokenHash: string, expiresAt: Date) {
  await db
    .updateTable('answer_packages')
    .set({ token_hash: tokenHash, expires_at: expiresAt })
    .where('id', '=', id)
    .execute()
}

/** Deletes the content (the row stays as the record); `downloaded` also marks the download. */
export async function clearPackageContent(db: Db, id: string, at: Date, downloaded = false) {
  await db
    .updateTable('answer_packages')
    .set({ content_encrypted: null, deleted_at: at, ...(downloaded ? { downloaded_at: at } : {}) })
    .where('id', '=', id)
    .execute()
}

/**
 * Packages whose content is due for deletion at `now`: the link expired, or no link was issued within the
 * organisation's link validity plus 7 days after the package was built.
 */
export function expiredPackages(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('answer_packages')
    .innerJoin('organizations', 'organizations.id', 'answer_packages.organization_id')
    .select([...summaryColumns, hasContent, linkIssued])
    .where('answer_packages.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('answer_packages.token_hash', 'not like', `${UNISSUED_PREFIX}%`),
          eb('answer_packages.expires_at', '<', now),
        ]),
        eb.and([
          eb('answer_packages.token_hash', 'like', `${UNISSUED_PREFIX}%`),
          eb(
            'answer_packages.created_at',
            '<',
            sql<Date>`${now}::timestamptz - (organizations.package_link_days + 7) * interval '1 day'`,
          ),
        ]),
      ]),
    )
    .orderBy('answer_packages.created_at')
    .limit(limit)
    .execute() as Promise<PackageSummaryRow[]>
}
