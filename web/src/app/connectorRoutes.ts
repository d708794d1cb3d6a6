/** The pages of connectors, below '#/orgs/{slug}/connectors': datasets, a new one, discovery, one dataset. */

export type ConnectorsView =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'discover' }
  | { view: 'detail'; key: string }

/** Parses the parts after '/connectors'; null when unknown. */
export function parseConnectorsView(parts: string[]): ConnectorsView | null {
  const [first, ...rest] = parts
  if (rest.length > 0) return null
  if (!first) return { view: 'list' }
  if (first === 'new' || first === 'discover') return { view: first }
  return { view: 'detail', key: first }
}

/** The path after '/connectors' for a view. */
export function connectorsPath(view: ConnectorsView): string {
  switch (view.view) {
    case 'list':
      return ''
    case 'detail':
      return `/${encodeURIComponent(view.key)}`
    default:
      return `/${view.view}`
  }
}
