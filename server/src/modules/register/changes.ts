import diff from 'microdiff'

export interface FieldChange {
  path: string
  type: 'added' | 'removed' | 'changed'
  from?: unknown
  to?: unknown
}

/** What changed between two versions of an entry, path by path (for history, diffs and audit summaries). */
export function changesBetween(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  return diff(a, b).map((d) => {
    const path = d.path.join('.')
    if (d.type === 'CREATE') return { path, type: 'added', to: d.value }
    if (d.type === 'REMOVE') return { path, type: 'removed', from: d.oldValue }
    return { path, type: 'changed', from: d.oldValue, to: d.value }
  })
}

export function sameData(a: unknown, b: unknown): boolean {
  return changesBetween(a, b).length === 0
}
