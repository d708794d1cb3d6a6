import { resolveRegister } from '../register/resolve'
import type { RegisterDocument } from '../register/schema'
import type { DatasetDocument, DatasetField } from './schema'

export interface DatasetRegisterProblem {
  /** Dotted path into the dataset file, e.g. collections.0.hold.rule */
  path: string
  /** error: the dataset cannot be used with this register; warning: it can, but something looks wrong. */
  severity: 'error' | 'warning'
  /** What is wrong, for a client to word in its language with `params`; `message` is English. */
  code: 'no_system' | 'no_retention_rule' | 'unknown_category' | 'no_category' | 'no_retention_link'
  params: Readonly<Record<string, string>>
  message: string
}

/**
 * Whether a field holds personal data as far as the dataset says: it has a data category, identifies the person,
 * is changed on erasure or was provided by the subject.
 */
export function isPersonalField(field: DatasetField): boolean {
  return (
    field.category !== undefined ||
    field.identity !== undefined ||
    (field.erasure !== undefined && field.erasure.strategy !== 'keep') ||
    field.provided
  )
}

/**
 * How a dataset fits the organisation's register: the system and the retention rules it names must exist (errors);
 * data categories should be known to the taxonomy (built-in catalogue or the organisation's own) and every
 * personal field should have one (warnings); a collection holding personal data should be linked to a retention
 * rule (`hold`), or its rows are never removed by a retention sweep (warning; shared reference data excepted).
 */
export function datasetRegisterProblems(
  doc: DatasetDocument,
  register: RegisterDocument,
): DatasetRegisterProblem[] {
  const resolved = resolveRegister(register)
  const problems: DatasetRegisterProblem[] = []
  if (!resolved.system(doc.system)) {
    problems.push({
      path: 'system',
      severity: 'error',
      code: 'no_system',
      params: { system: doc.system, keys: shortList(register.systems.map((s) => s.key)) },
      message: `The register has no system "${doc.system}"; add it to the register or use one of: ${listOf(register.systems.map((s) => s.key))}`,
    })
  }
  doc.collections.forEach((collection, c) => {
    const hold = collection.hold
    if (!hold && !collection.shared && collection.fields.some(isPersonalField)) {
      problems.push({
        path: `collections.${c}`,
        severity: 'warning',
        code: 'no_retention_link',
        params: { collection: collection.name },
        message: `${collection.name} holds personal data but names no retention rule (hold); no retention sweep will ever remove its rows`,
      })
    }
    if (hold && !resolved.retentionRule(hold.rule)) {
      problems.push({
        path: `collections.${c}.hold.rule`,
        severity: 'error',
        code: 'no_retention_rule',
        params: { rule: hold.rule, keys: shortList(register.retentionRules.map((r) => r.key)) },
        message: `The register has no retention rule "${hold.rule}"; add it to the register or use one of: ${listOf(register.retentionRules.map((r) => r.key))}`,
      })
    }
    collection.fields.forEach((field, f) => {
      const path = `collections.${c}.fields.${f}`
      if (field.category !== undefined && !resolved.dataCategory(field.category)) {
        problems.push({
          path: `${path}.category`,
          severity: 'warning',
          code: 'unknown_category',
          params: { category: field.category, field: `${collection.name}.${field.name}` },
          message: `"${field.category}" (${collection.name}.${field.name}) is neither a built-in data category nor one of the register's taxonomy`,
        })
      } else if (field.category === undefined && isPersonalField(field)) {
        problems.push({
          path,
          severity: 'warning',
          code: 'no_category',
          params: { field: `${collection.name}.${field.name}` },
          message: `${collection.name}.${field.name} holds personal data but has no category; the access package cannot say what it is`,
        })
      }
    })
  })
  return problems
}

/** At most ten keys, comma-separated; empty when there are none. */
function shortList(keys: readonly string[]): string {
  const shown = keys.slice(0, 10).join(', ')
  return keys.length > 10 ? `${shown}, ...` : shown
}

function listOf(keys: readonly string[]): string {
  return shortList(keys) || '(none yet)'
}
