/**
 * Dotted paths into parsed JSON ("data.items", "address.city", "emails.0"): where a dataset field sits in an API
 * item, where the items sit in a response, where the next cursor is. Only own properties are followed, so a path
 * such as "constructor" or "__proto__" finds nothing instead of an object's prototype.
 */

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor'])

/** The value at `path` (the value itself for an empty or absent path); undefined when any step is missing. */
export function getPath(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === '') return value
  let current = value
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return undefined
      current = current[Number(segment)]
    } else {
      if (!Object.hasOwn(current, segment)) return undefined
      current = (current as Record<string, unknown>)[segment]
    }
  }
  return current
}

/** Sets `value` at `path` in `target`, creating the intermediate objects; refuses prototype-polluting steps. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.')
  if (segments.some((s) => s === '' || FORBIDDEN.has(s))) throw new Error(`Invalid field path "${path}"`)
  let current = target
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      const created: Record<string, unknown> = {}
      current[segment] = created
      current = created
    } else current = next as Record<string, unknown>
  }
  current[segments[segments.length - 1] as string] = value
}
