import { diffLines } from 'diff'
import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { NotFound } from '../../domain/errors'
import {
  findNoticeVersion,
  latestNoticeVersion,
  listNoticeVersions,
  type NoticeVersionRow,
} from './repository'

/** The published versions of an organisation's notice, as the public privacy page shows them. */
export function latestPublishedNotice(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
): Promise<NoticeVersionRow | undefined> {
  return latestNoticeVersion(ctx.db, organizationId)
}

export function findPublishedNotice(ctx: Pick<AppContext, 'db'>, organizationId: string, version: number) {
  return findNoticeVersion(ctx.db, organizationId, version)
}

/** Every published version, newest first, without the texts. */
export function listPublishedNotices(ctx: Pick<AppContext, 'db'>, organizationId: string) {
  return listNoticeVersions(ctx.db, organizationId)
}

/** One published version's text in one language; a version or language not published is not found. */
export async function publishedNoticeText(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  version: number,
  language: Language,
): Promise<{ version: number; effectiveDate: string; markdown: string; html: string }> {
  const row = await findNoticeVersion(ctx.db, organizationId, version)
  const doc = row?.documents[language]
  if (!row || !doc) throw new NotFound('notice_version')
  return { version: row.version, effectiveDate: row.effective_date, markdown: doc.markdown, html: doc.html }
}

export interface NoticeDiffPart {
  type: 'same' | 'added' | 'removed'
  text: string
}

/** What changed between two published versions in one language: a line diff of their Markdown texts. */
export async function diffPublishedNotices(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
  from: number,
  to: number,
  language: Language,
): Promise<NoticeDiffPart[]> {
  const [left, right] = await Promise.all([
    publishedNoticeText(ctx, organizationId, from, language),
    publishedNoticeText(ctx, organizationId, to, language),
  ])
  return diffLines(left.markdown, right.markdown).map((p) => ({
    type: p.added ? 'added' : p.removed ? 'removed' : 'same',
    text: p.value,
  }))
}
