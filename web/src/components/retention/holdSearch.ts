/** One person or request found: its id (what the hold names), a label and a line that tells it apart. */
export interface FoundTarget {
  id: string
  label: string
  hint?: string
}

/** What a search for a hold's target returned: the matches, and whether the list was cut off (more may exist). */
export interface FoundTargets {
  items: FoundTarget[]
  /** The search asked for at most N and got N (or more were found than shown): there may be more. */
  cutOff: boolean
}

/** A search that asked for at most `limit` results: cut off when it got as many as it asked for. */
export function foundTargets(items: FoundTarget[], limit: number): FoundTargets {
  return { items: items.slice(0, limit), cutOff: items.length >= limit }
}

/**
 * What the picker says of a search and which match it chooses by itself: the only match of a complete list; never
 * the single result of a list that was cut off (another person may be the one meant).
 */
export function searchOutcome(found: FoundTargets): {
  message: { key: 'foundNone' | 'found' | 'foundMore'; count: number }
  autoPick: string
} {
  const count = found.items.length
  if (count === 0) return { message: { key: 'foundNone', count }, autoPick: '' }
  if (found.cutOff) return { message: { key: 'foundMore', count }, autoPick: '' }
  return { message: { key: 'found', count }, autoPick: count === 1 ? (found.items[0]?.id ?? '') : '' }
}
