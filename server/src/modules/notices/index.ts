/**
 * Public face of the notices module: the privacy notice built from the register, its published versions and
 * the subscribers to its changes.
 */

export { noticeOperations } from './operations'
export { noticeActions, noticePermissions } from './policy'
export { findPublishedNotice, latestPublishedNotice, listPublishedNotices } from './published'
export type { NoticeVersionRow } from './repository'
export { registerNoticeRoutes } from './routes'
export {
  noticeLanguages,
  portalUrlOf,
  previewNotice,
  publishNotice,
  unsubscribeToken,
} from './service'
