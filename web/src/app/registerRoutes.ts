/** The pages of the register of processing activities, below '#/orgs/{slug}/register/'. */

/** The URL segments of the register's kinds of entries, as in the API (/register/{segment}). */
export const SEGMENTS = [
  'activities',
  'systems',
  'vendors',
  'retention-rules',
  'measures',
  'data-categories',
  'subject-categories',
  'purposes',
  'recipient-types',
] as const
export type Segment = (typeof SEGMENTS)[number]

/** The register's own taxonomy (extends the built-in catalogues); edited on the categories page. */
export const TAXONOMY_SEGMENTS = [
  'data-categories',
  'subject-categories',
  'purposes',
  'recipient-types',
] as const
export type TaxonomySegment = (typeof TAXONOMY_SEGMENTS)[number]

/** Pages with a list or a tool, reached from the register's sub-navigation. */
export const REGISTER_PAGES = [
  'activities',
  'systems',
  'vendors',
  'retention-rules',
  'measures',
  'categories',
  'check',
  'import',
] as const
export type RegisterPage = (typeof REGISTER_PAGES)[number]

export type RegisterView =
  | { view: RegisterPage }
  /** Editor of one entry; key null: a new entry, `from` a built-in catalogue entry to start from. */
  | { view: 'entry'; segment: Segment; key: string | null; from?: string }
  | { view: 'history'; segment: Segment; key: string }

export function isSegment(value: string): value is Segment {
  return (SEGMENTS as readonly string[]).includes(value)
}

export function isTaxonomySegment(value: string): value is TaxonomySegment {
  return (TAXONOMY_SEGMENTS as readonly string[]).includes(value)
}

function isRegisterPage(value: string): value is RegisterPage {
  return (REGISTER_PAGES as readonly string[]).includes(value)
}

/** The list page an entry of `segment` belongs to (taxonomy entries: the categories page). */
export function listPageOf(segment: Segment): RegisterPage {
  return isTaxonomySegment(segment) ? 'categories' : segment
}

/** Parses the parts after '/register', e.g. ['activities', 'payroll', 'history']; null when unknown. */
export function parseRegisterView(parts: string[], query = new URLSearchParams()): RegisterView | null {
  const [first, second, third, ...rest] = parts
  if (!first) return { view: 'activities' }
  if (rest.length > 0) return null
  if (!second) {
    if (isRegisterPage(first)) return { view: first }
    if (isTaxonomySegment(first)) return { view: 'categories' }
    return null
  }
  if (!isSegment(first)) return null
  if (!third) {
    if (second !== 'new') return { view: 'entry', segment: first, key: second }
    const from = query.get('from')
    return from
      ? { view: 'entry', segment: first, key: null, from }
      : { view: 'entry', segment: first, key: null }
  }
  if (third === 'history' && second !== 'new') return { view: 'history', segment: first, key: second }
  return null
}

/** The path after '/register/' for a view. */
export function registerPath(view: RegisterView): string {
  switch (view.view) {
    case 'entry':
      if (view.key !== null) return `${view.segment}/${encodeURIComponent(view.key)}`
      return view.from ? `${view.segment}/new?from=${encodeURIComponent(view.from)}` : `${view.segment}/new`
    case 'history':
      return `${view.segment}/${encodeURIComponent(view.key)}/history`
    default:
      return view.view
  }
}
