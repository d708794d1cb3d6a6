/** The pages of data subject requests ('#/orgs/{slug}/requests/…') and of the subject index ('…/subjects/…'). */

export type RequestsView =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'report' }
  | { view: 'detail'; id: string }

export type SubjectsView =
  | { view: 'search'; q: string }
  | { view: 'new' }
  | { view: 'import' }
  | { view: 'detail'; id: string }

/** Parses the parts after '/requests'; null when unknown. */
export function parseRequestsView(parts: string[]): RequestsView | null {
  const [first, ...rest] = parts
  if (rest.length > 0) return null
  if (!first) return { view: 'list' }
  if (first === 'new' || first === 'report') return { view: first }
  return { view: 'detail', id: first }
}

export function requestsPath(view: RequestsView): string {
  switch (view.view) {
    case 'list':
      return ''
    case 'detail':
      return `/${encodeURIComponent(view.id)}`
    default:
      return `/${view.view}`
  }
}

/** Parses the parts after '/subjects' (and the query, for the search text); null when unknown. */
export function parseSubjectsView(parts: string[], query = new URLSearchParams()): SubjectsView | null {
  const [first, ...rest] = parts
  if (rest.length > 0) return null
  if (!first) return { view: 'search', q: query.get('q') ?? '' }
  if (first === 'new' || first === 'import') return { view: first }
  return { view: 'detail', id: first }
}

export function subjectsPath(view: SubjectsView): string {
  switch (view.view) {
    case 'search':
      return view.q ? `?q=${encodeURIComponent(view.q)}` : ''
    case 'detail':
      return `/${encodeURIComponent(view.id)}`
    default:
      return `/${view.view}`
  }
}
