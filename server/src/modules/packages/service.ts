import { createHash, randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import { type Actor, systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { hashToken, randomToken } from '../../crypto/tokens'
import type { DB, Language } from '../../db/schema'
import type { IsoDate } from '../../domain/calendar-date'
import { Conflict, NotFound } from '../../domain/errors'
import { packageLinkExpiry } from '../../domain/packages'
import { packageLinkDaysOf } from '../organizations'
import {
  clearPackageContent,
  findLatestPackageOfRequest,
  findPackage,
  findPackageByToken,
  insertPackage,
  listPackagesOfRequest,
  lockPackage,
  lockPackageByToken,
  type PackageSummaryRow,
  requestExists,
  setPackageLink,
  UNISSUED_PREFIX,
} from './repository'

/**
 * Answer packages at rest: the zip sealed with the package id as additional data (a ciphertext copied to another
 * row does not decrypt), reachable only through a secret link whose hash is stored. The link expires after the
 * organisation's package_link_days, works once, and the content is deleted as soon as it is downloaded.
 */

/** What issuing a link inside the caller's transaction needs (a letter being written gets its link this way). */
export type LinkTxContext = Pick<TxContext, 'db' | 'config'>

const ACTOR = systemActor('answer packages')
const sealContext = (id: string) => `package:${id}`

function audit(
  trx: Transaction<DB>,
  actor: Actor,
  row: PackageSummaryRow,
  action: 'stored' | 'link_issued' | 'downloaded' | 'deleted',
  extra = {},
) {
  return recordAudit(trx, actor, {
    organizationId: row.organization_id,
    action: `answer_package.${action}`,
    targetType: 'answer_package',
    targetId: row.id,
    summary: { requestId: row.request_id, fileName: row.file_name, ...extra },
  })
}

export interface PackageSummary {
  id: string
  requestId: string | null
  runId: string | null
  language: Language
  fileName: string
  sizeBytes: number
  sha256: string
  createdAt: Date
  expiresAt: Date
  linkIssued: boolean
  /** The content is still stored (not downloaded, deleted or expired). */
  available: boolean
  downloadedAt: Date | null
  deletedAt: Date | null
}

function summary(row: PackageSummaryRow): PackageSummary {
  return {
    id: row.id,
    requestId: row.request_id,
    runId: row.run_id,
    language: row.language,
    fileName: row.file_name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    linkIssued: row.link_issued,
    available: row.has_content,
    downloadedAt: row.downloaded_at,
    deletedAt: row.deleted_at,
  }
}

export interface NewPackage {
  organizationId: string
  requestId: string | null
  runId: string | null
  language: Language
  zip: Uint8Array
  fileName: string
}

export async function storePackage(
  ctx: AppContext,
  input: NewPackage,
  actor: Actor = ACTOR,
): Promise<{ id: string }> {
  return inTransaction(ctx, (ctx) => storePackageIn(ctx, input, actor))
}

/** The same inside the caller's transaction. */
export async function storePackageIn(
  ctx: Pick<TxContext, 'db' | 'encryption'>,
  input: NewPackage,
  actor: Actor = ACTOR,
): Promise<{ id: string }> {
  const id = randomUUID()
  const content = Buffer.from(input.zip.buffer, input.zip.byteOffset, input.zip.byteLength)
  const trx = ctx.db
  const linkDays = await packageLinkDaysOf(trx, input.organizationId)
  if (linkDays === undefined) throw new NotFound('organization')
  await insertPackage(trx, {
    id,
    organizationId: input.organizationId,
    requestId: input.requestId,
    runId: input.runId,
    language: input.language,
    fileName: input.fileName,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    contentEncrypted: ctx.encryption.encrypt(content.toString('base64'), sealContext(id)),
    tokenHash: `${UNISSUED_PREFIX}${randomToken()}`,
    expiresAt: packageLinkExpiry(new Date(), linkDays).expiresAt,
  })
  const row = await findPackage(trx, input.organizationId, id)
  if (row) await audit(trx, actor, row, 'stored', { runId: input.runId, sizeBytes: content.length })
  return { id }
}

/** The zip of a stored package, decrypted; null once its content is gone. */
export async function packageZip(
  ctx: Pick<TxContext, 'db' | 'encryption'>,
  id: string,
): Promise<Buffer | null> {
  const row = await ctx.db
    .selectFrom('answer_packages')
    .select('content_encrypted')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row?.content_encrypted) return null
  return Buffer.from(ctx.encryption.decrypt(row.content_encrypted, sealContext(id)), 'base64')
}

/** Deletes a package's content now (it was replaced by a package with more in it). */
export async function replacePackageContent(ctx: Pick<TxContext, 'db'>, id: string): Promise<void> {
  await clearPackageContent(ctx.db, id, new Date())
}

export interface PackageLink {
  url: string
  expiresAt: Date
  /** The last Brussels day the link works, for the letter ("available until ... inclusive"). */
  availableUntil: IsoDate
}

/**
 * A new download link for the package: a random token of 32 bytes of which only the hash is kept, valid for the
 * organisation's package_link_days. Issuing again invalidates the previous link. A package already downloaded or
 * deleted cannot get a link (409).
 */
export async function issuePackageLink(
  ctx: AppContext,
  packageId: string,
  options: LinkOptions = {},
): Promise<PackageLink> {
  return inTransaction(ctx, (ctx) => issuePackageLinkIn(ctx, packageId, options))
}

interface LinkOptions {
  actor?: Actor
  organizationId?: string
  requestId?: string
}

/** The same inside the caller's transaction. */
export async function issuePackageLinkIn(
  ctx: LinkTxContext,
  packageId: string,
  options: LinkOptions = {},
): Promise<PackageLink> {
  const trx = ctx.db
  const row = await lockPackage(trx, packageId)
  const inScope =
    row &&
    (options.organizationId === undefined || row.organization_id === options.organizationId) &&
    (options.requestId === undefined || row.request_id === options.requestId)
  if (!row || !inScope) throw new NotFound('package')
  if (!row.has_content) {
    throw new Conflict(
      'package_gone',
      'The package was already downloaded or deleted; run the request again to build a new one.',
      { params: { downloaded: row.downloaded_at !== null } },
    )
  }
  const token = randomToken(32)
  const { expiresAt, availableUntil } = packageLinkExpiry(new Date(), row.package_link_days)
  await setPackageLink(trx, row.id, hashToken(token), expiresAt)
  await audit(trx, options.actor ?? ACTOR, row, 'link_issued', { expiresAt: expiresAt.toISOString() })
  return {
    url: `${ctx.config.publicUrl}/p/${encodeURIComponent(row.slug)}/download/${token}`,
    expiresAt,
    availableUntil,
  }
}

export async function latestPackageOfRequest(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  requestId: string,
): Promise<PackageSummary | undefined> {
  const row = await findLatestPackageOfRequest(ctx.db, organizationId, requestId)
  return row ? summary(row) : undefined
}

export async function listPackages(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  requestId: string,
): Promise<PackageSummary[]> {
  if (!(await requestExists(ctx.db, organizationId, requestId))) throw new NotFound('request')
  return (await listPackagesOfRequest(ctx.db, organizationId, requestId)).map(summary)
}

/** Staff delete the content now (e.g. sent by another way); the row stays as the record. Idempotent. */
export async function deletePackageContent(
  ctx: AppContext,
  actor: Actor,
  organizationId: string,
  requestId: string,
  packageId: string,
): Promise<PackageSummary> {
  return inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const row = await lockPackage(trx, packageId)
    if (!row || row.organization_id !== organizationId || row.request_id !== requestId) {
      throw new NotFound('package')
    }
    if (row.has_content) {
      await clearPackageContent(trx, row.id, new Date())
      await audit(trx, actor, row, 'deleted', { reason: 'staff' })
    }
    const after = await findPackage(trx, organizationId, packageId)
    if (!after) throw new NotFound('package')
    return summary(after)
  })
}

function usable(row: PackageSummaryRow | undefined, now: Date): row is PackageSummaryRow {
  return (
    row?.link_issued === true &&
    row.has_content &&
    row.downloaded_at === null &&
    row.deleted_at === null &&
    row.expires_at.getTime() > now.getTime()
  )
}

/** What the download page shows for a link, or null when it is unknown, used or expired (not told apart). */
export async function findDownload(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  token: string,
): Promise<PackageSummary | null> {
  const row = await findPackageByToken(ctx.db, organizationId, hashToken(token))
  return usable(row, new Date()) ? summary(row) : null
}

/**
 * Hands out the package once: decrypts it, checks it against the stored hash, marks it downloaded and deletes the
 * content in the same transaction. Null when the link is unknown, used or expired.
 */
export async function consumeDownload(
  ctx: AppContext,
  organizationId: string,
  token: string,
  actor: Actor = systemActor('download link'),
): Promise<{ fileName: string; content: Buffer; sha256: string } | null> {
  return inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const row = await lockPackageByToken(trx, organizationId, hashToken(token))
    const now = new Date()
    if (!usable(row, now) || row.content_encrypted === null) return null
    const content = Buffer.from(ctx.encryption.decrypt(row.content_encrypted, sealContext(row.id)), 'base64')
    const sha256 = createHash('sha256').update(content).digest('hex')
    if (sha256 !== row.sha256) throw new Error(`Answer package ${row.id} does not match its stored hash`)
    await clearPackageContent(trx, row.id, now, true)
    await audit(trx, actor, row, 'downloaded', { sizeBytes: row.size_bytes })
    return { fileName: row.file_name, content, sha256 }
  })
}
