import type { Language } from '../../api/types'
import { type LocalizedText, textIn } from './localized'
import type { Catalogue, EnumName, Labels, RegisterDocument } from './types'

export interface Flags {
  special: boolean
  criminal: boolean
  nationalNumber: boolean
  financial: boolean
}

/** One choice of a taxonomy picker: from the built-in catalogue or the organisation's own taxonomy. */
export interface Choice {
  key: string
  label: string
  description?: string | undefined
  /** true: defined by the organisation (taxonomy); false: built in. */
  own: boolean
  flags?: Flags
  vulnerable?: boolean
  typicalLegalBasis?: string | undefined
}

export interface EnumOption {
  value: string
  label: string
  help?: string | undefined
}

const NO_FLAGS: Flags = { special: false, criminal: false, nationalNumber: false, financial: false }

/** Names and choices of the register in one language: catalogue entries, extended by the organisation's own. */
export interface Lookup {
  language: Language
  text: (value: LocalizedText | undefined) => string
  labels: (labels: Labels | undefined) => string
  purposes: Choice[]
  dataCategories: Choice[]
  subjectCategories: Choice[]
  recipientTypes: Choice[]
  options: (name: EnumName) => EnumOption[]
  enumLabel: (name: EnumName, value: string | undefined) => string
  enumHelp: (name: EnumName, value: string | undefined) => string | undefined
  /** The flags of a data category (special, criminal, national number), built in or own. */
  flagsOf: (category: string) => Flags
  choiceLabel: (choices: Choice[], key: string) => string
  nameOf: {
    system: (key: string) => string
    vendor: (key: string) => string
    retentionRule: (key: string) => string
    measure: (key: string) => string
    activity: (key: string) => string
  }
}

function merge(
  builtIn: readonly { key: string; labels: Labels; descriptions?: Labels }[],
  own: readonly { key: string; label: LocalizedText; description?: LocalizedText }[],
  language: Language,
  extra: (key: string) => Partial<Choice> = () => ({}),
): Choice[] {
  const ownKeys = new Set(own.map((o) => o.key))
  const fromCatalogue = builtIn
    .filter((c) => !ownKeys.has(c.key))
    .map((c) => ({
      key: c.key,
      label: c.labels[language],
      description: c.descriptions?.[language],
      own: false,
      ...extra(c.key),
    }))
  const fromTaxonomy = own.map((o) => ({
    key: o.key,
    label: textIn(o.label, language) ?? o.key,
    description: textIn(o.description, language),
    own: true,
    ...extra(o.key),
  }))
  return [...fromCatalogue, ...fromTaxonomy]
}

export function buildLookup(catalogue: Catalogue, doc: RegisterDocument, language: Language): Lookup {
  const text = (value: LocalizedText | undefined) => textIn(value, language) ?? ''
  const ownFlags = new Map(doc.taxonomy.dataCategories.map((d) => [d.key, { ...NO_FLAGS, ...d.flags }]))
  const builtInFlags = new Map(catalogue.dataCategories.map((d) => [d.key, d.flags]))
  const flagsOf = (key: string): Flags => ownFlags.get(key) ?? builtInFlags.get(key) ?? NO_FLAGS
  const vulnerable = new Map(catalogue.subjectCategories.map((s) => [s.key, s.vulnerable === true]))
  const typical = new Map(catalogue.purposes.map((p) => [p.key, p.typicalLegalBasis]))
  const byKey = <T extends { key: string }>(items: readonly T[], name: (item: T) => string) => {
    const map = new Map(items.map((i) => [i.key, name(i)]))
    return (key: string) => map.get(key) ?? key
  }
  const options = (name: EnumName): EnumOption[] =>
    Object.entries(catalogue.enums[name]).map(([value, l]) => ({
      value,
      label: l.label[language],
      help: l.help?.[language],
    }))
  return {
    language,
    text,
    labels: (labels) => labels?.[language] ?? '',
    purposes: merge(catalogue.purposes, doc.taxonomy.purposes, language, (key) => ({
      typicalLegalBasis: typical.get(key),
    })),
    dataCategories: merge(catalogue.dataCategories, doc.taxonomy.dataCategories, language, (key) => ({
      flags: flagsOf(key),
    })),
    subjectCategories: merge(
      catalogue.subjectCategories,
      doc.taxonomy.subjectCategories,
      language,
      (key) => ({
        vulnerable: vulnerable.get(key) ?? false,
      }),
    ),
    recipientTypes: merge(catalogue.recipientTypes, doc.taxonomy.recipientTypes, language),
    options,
    enumLabel: (name, value) => (value ? (catalogue.enums[name][value]?.label[language] ?? value) : ''),
    enumHelp: (name, value) => (value ? catalogue.enums[name][value]?.help?.[language] : undefined),
    flagsOf,
    choiceLabel: (choices, key) => choices.find((c) => c.key === key)?.label ?? key,
    nameOf: {
      system: byKey(doc.systems, (s) => s.name),
      vendor: byKey(doc.vendors, (v) => v.name),
      retentionRule: byKey(doc.retentionRules, (r) => text(r.name) || r.key),
      measure: byKey(doc.measures, (m) => text(m.name) || m.key),
      activity: byKey(doc.activities, (a) => text(a.name) || a.key),
    },
  }
}

/** Whether a data category needs extra care: special (Art. 9), criminal (Art. 10) or national number. */
export function isSensitive(flags: Flags): boolean {
  return flags.special || flags.criminal || flags.nationalNumber
}
