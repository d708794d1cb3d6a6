import type { AppContext } from '../../context'
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
