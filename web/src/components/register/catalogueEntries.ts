import type { Catalogue, EntryOf, Measure, RetentionRule } from './types'

/** The register entry a built-in Belgian retention period stands for, ready to add. */
export function retentionRuleOf(period: Catalogue['retentionPeriods'][number]): RetentionRule {
  return period.rule as unknown as RetentionRule
}

/** The register entry a built-in security measure stands for, ready to add. */
export function measureOf(m: Catalogue['securityMeasures'][number]): Measure {
  return {
    key: m.key,
    name: { ...m.labels },
    type: m.type,
    ...(m.descriptions ? { description: { ...m.descriptions } } : {}),
    fromCatalogue: m.key,
  }
}

/** A new entry started from a catalogue entry (?from=...), or undefined when the catalogue has no such entry. */
export function catalogueEntry(
  catalogue: Catalogue,
  segment: 'retention-rules' | 'measures',
  key: string,
): EntryOf['retention-rules'] | EntryOf['measures'] | undefined {
  if (segment === 'retention-rules') {
    const period = catalogue.retentionPeriods.find((p) => p.key === key)
    return period ? retentionRuleOf(period) : undefined
  }
  const measure = catalogue.securityMeasures.find((m) => m.key === key)
  return measure ? measureOf(measure) : undefined
}
