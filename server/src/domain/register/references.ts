import type { RegisterDocument } from './schema'

export type ReferenceTarget =
  | 'purpose'
  | 'data_category'
  | 'subject_category'
  | 'recipient_type'
  | 'system'
  | 'vendor'
  | 'retention_rule'
  | 'measure'
  | 'activity'

export interface Reference {
  from: { kind: 'activity' | 'system'; key: string }
  /** Dotted path of the referring field inside the document, e.g. activities.0.systems.1 */
  path: string
  to: ReferenceTarget
  key: string
}

/** Every key reference in the register: what the linter checks, and what blocks deleting a referenced entry. */
export function referencesIn(doc: RegisterDocument): Reference[] {
  const refs: Reference[] = []
  doc.activities.forEach((a, i) => {
    const from = { kind: 'activity' as const, key: a.key }
    const add = (path: string, to: ReferenceTarget, key: string) =>
      refs.push({ from, path: `activities.${i}.${path}`, to, key })
    a.purposes.forEach((p, j) => {
      add(`purposes.${j}.purpose`, 'purpose', p.purpose)
    })
    a.subjectCategories.forEach((k, j) => {
      add(`subjectCategories.${j}`, 'subject_category', k)
    })
    a.dataCategories.forEach((d, j) => {
      add(`dataCategories.${j}.category`, 'data_category', d.category)
    })
    a.recipients.forEach((r, j) => {
      add(`recipients.${j}.type`, 'recipient_type', r.type)
      if (r.vendor) add(`recipients.${j}.vendor`, 'vendor', r.vendor)
    })
    a.transfers.forEach((t, j) => {
      if (t.vendor) add(`transfers.${j}.vendor`, 'vendor', t.vendor)
    })
    a.systems.forEach((k, j) => {
      add(`systems.${j}`, 'system', k)
    })
    a.retention.forEach((r, j) => {
      add(`retention.${j}.rule`, 'retention_rule', r.rule)
      r.dataCategories.forEach((k, m) => {
        add(`retention.${j}.dataCategories.${m}`, 'data_category', k)
      })
    })
    a.measures.forEach((k, j) => {
      add(`measures.${j}`, 'measure', k)
    })
    if (a.replacedBy) add('replacedBy', 'activity', a.replacedBy)
  })
  doc.systems.forEach((s, i) => {
    const from = { kind: 'system' as const, key: s.key }
    if (s.vendor) refs.push({ from, path: `systems.${i}.vendor`, to: 'vendor', key: s.vendor })
    s.measures.forEach((k, j) => {
      refs.push({ from, path: `systems.${i}.measures.${j}`, to: 'measure', key: k })
    })
  })
  return refs
}
