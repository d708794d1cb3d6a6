import { transferLeavesEea } from '../register/countries'
import { textIn } from '../register/localized'
import type { RegisterDocument } from '../register/schema'
import type { BreachFacts, BreachFactsInput } from './record'

const distinct = (items: Iterable<string>) => [...new Set(items)]

/** Unknown register keys among the systems and activities named, to refuse them rather than record nonsense. */
export function unknownRegisterKeys(
  doc: RegisterDocument,
  input: Pick<BreachFactsInput, 'systems' | 'activities' | 'processors'>,
): string[] {
  const systems = new Set(doc.systems.map((s) => s.key))
  const activities = new Set(doc.activities.map((a) => a.key))
  const vendors = new Set(doc.vendors.map((v) => v.key))
  return [
    ...(input.systems ?? []).filter((k) => !systems.has(k)).map((k) => `systems.${k}`),
    ...(input.activities ?? []).filter((k) => !activities.has(k)).map((k) => `activities.${k}`),
    ...(input.processors ?? []).filter((k) => !vendors.has(k)).map((k) => `processors.${k}`),
  ]
}

/**
 * Fills in what the register knows about the systems and activities concerned: the activities that use a system
 * concerned count as concerned; their data categories, subject categories, processors (vendors acting as
 * processors or sub-processors that receive the data or provide a system concerned) and transfers outside the EEA.
 * A list the person gave is kept as given; only omitted lists are filled in.
 */
export function withRegisterScope(
  doc: RegisterDocument,
  facts: Omit<BreachFacts, 'dataCategories' | 'subjectCategories' | 'processors' | 'transfers'> &
    Partial<Pick<BreachFacts, 'dataCategories' | 'subjectCategories' | 'processors' | 'transfers'>>,
): BreachFacts {
  const systems = new Set(facts.systems)
  const activities = doc.activities.filter(
    (a) => facts.activities.includes(a.key) || a.systems.some((s) => systems.has(s)),
  )
  const processorRoles = new Set(['processor', 'sub_processor'])
  const vendorKeys = distinct([
    ...activities.flatMap((a) => a.recipients.flatMap((r) => (r.vendor ? [r.vendor] : []))),
    ...doc.systems.filter((s) => systems.has(s.key)).flatMap((s) => (s.vendor ? [s.vendor] : [])),
    ...activities.flatMap((a) =>
      doc.systems.filter((s) => a.systems.includes(s.key)).flatMap((s) => (s.vendor ? [s.vendor] : [])),
    ),
  ])
  const processors = doc.vendors
    .filter((v) => vendorKeys.includes(v.key) && processorRoles.has(v.role))
    .map((v) => v.key)
  const transfers = activities
    .flatMap((a) => a.transfers)
    .filter(transferLeavesEea)
    // A country the register does not know is CLDR's unknown region ZZ ("Unknown Region", "Région inconnue").
    .map((t) => ({
      country: t.country ?? 'ZZ',
      recipient: (textIn(t.recipient, doc.organization.languages[0] ?? 'nl') ?? '').slice(0, 500),
    }))
  return {
    ...facts,
    activities: distinct([...facts.activities, ...activities.map((a) => a.key)]),
    dataCategories:
      facts.dataCategories ?? distinct(activities.flatMap((a) => a.dataCategories.map((d) => d.category))),
    subjectCategories: facts.subjectCategories ?? distinct(activities.flatMap((a) => a.subjectCategories)),
    processors: facts.processors ?? processors,
    transfers:
      facts.transfers ??
      transfers.filter(
        (t, i) => transfers.findIndex((u) => u.country === t.country && u.recipient === t.recipient) === i,
      ),
  }
}
