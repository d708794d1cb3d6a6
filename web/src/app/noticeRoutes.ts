/** The pages of the privacy notice, below '#/orgs/{slug}/notice'. */

/**
 * Preview and completeness check (the section's first page), what the notice states (its settings), published
 * versions, publication on a website.
 */
export const NOTICE_PAGES = ['preview', 'settings', 'versions', 'publication'] as const
export type NoticePage = (typeof NOTICE_PAGES)[number]

export type NoticeView = { view: NoticePage }

function isNoticePage(value: string): value is NoticePage {
  return (NOTICE_PAGES as readonly string[]).includes(value)
}

/** Parses the parts after '/notice', e.g. [] or ['versions']; null when unknown. */
export function parseNoticeView(parts: string[]): NoticeView | null {
  const [first, ...rest] = parts
  if (!first) return { view: 'preview' }
  if (rest.length > 0 || first === 'preview' || !isNoticePage(first)) return null
  return { view: first }
}

/** The path after '/notice' for a view: '' for the preview, '/versions' or '/publication' otherwise. */
export function noticePath(view: NoticeView): string {
  return view.view === 'preview' ? '' : `/${view.view}`
}
