import type { Finding, Severity } from './finding'

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1 }

/** Compares dotted paths segment by segment, numbers as numbers: activities.2 before activities.10. */
export function comparePaths(a: string, b: string): number {
  const left = a.split('.')
  const right = b.split('.')
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string
    const y = right[i] as string
    if (x === y) continue
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y)
    if (bothNumbers) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  return left.length - right.length
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Errors first, then by place in the document, then by rule: a stable, deterministic order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    comparePaths(a.path, b.path) ||
    byText(a.rule, b.rule) ||
    byText(a.message.en, b.message.en)
  )
}
