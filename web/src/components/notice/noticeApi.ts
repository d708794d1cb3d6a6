import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language, NoticeDiff, NoticePreview, NoticeVersions, PublishedNotice } from '../../api/types'

/** The notice as it would read if published now, with the completeness check (labels in `lang`). */
export function loadPreview(slug: string, lang: Language): Promise<NoticePreview> {
  return call(api.GET('/api/v1/orgs/{slug}/notice/preview', { params: { path: { slug }, query: { lang } } }))
}

/** Published versions, newest first, and the address of the public page. */
export function loadVersions(slug: string): Promise<NoticeVersions> {
  return call(api.GET('/api/v1/orgs/{slug}/notice/versions', { params: { path: { slug } } }))
}

export interface PublishInput {
  effectiveDate: string
  material: boolean
  changeSummary: string
}

/** Publishes a new version in every language; 422 (an ApiError) while required elements are missing. */
export function publishNotice(slug: string, input: PublishInput): Promise<PublishedNotice> {
  const summary = input.changeSummary.trim()
  return call(
    api.POST('/api/v1/orgs/{slug}/notice/versions', {
      params: { path: { slug } },
      body: {
        ...(input.effectiveDate ? { effectiveDate: input.effectiveDate } : {}),
        material: input.material,
        ...(summary ? { changeSummary: summary } : {}),
      },
    }),
  )
}

/** What changed between two published versions in one language (a line diff of the Markdown text). */
export function loadDiff(slug: string, from: number, to: number, lang: Language): Promise<NoticeDiff> {
  return call(
    api.GET('/api/v1/orgs/{slug}/notice/diff', { params: { path: { slug }, query: { from, to, lang } } }),
  )
}

/**
 * Public addresses of the notice. `publicUrl` is the server's absolute address of the current version
 * (…/p/{slug}/privacy); a version and a format give e.g. …/p/{slug}/privacy/versions/2.pdf?lang=fr.
 */
export function publicHref(
  publicUrl: string,
  options: { version?: number; format?: 'pdf' | 'md' | 'json'; lang?: Language; embed?: boolean } = {},
): string {
  const path = options.version === undefined ? publicUrl : `${publicUrl}/versions/${options.version}`
  const query = [
    ...(options.embed ? ['embed=1'] : []),
    ...(options.lang ? [`lang=${options.lang}`] : []),
  ].join('&')
  return `${path}${options.format ? `.${options.format}` : ''}${query ? `?${query}` : ''}`
}

/** Today in Belgium as YYYY-MM-DD (the default effective date). */
export function todayInBelgium(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}
