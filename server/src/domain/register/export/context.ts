import { toBrusselsDate } from '../../brussels-time'
import type { LegalLabel } from '../catalogue'
import { type Language, type LocalizedText, textIn } from '../localized'
import type { Activity, Measure, RegisterDocument, RegisterSystem, RetentionRule, Vendor } from '../schema'
import { colon } from './format'
import { type TaxonomyLabels, taxonomyLabels } from './labels'
import { term, type VocabularyKey } from './vocabulary'

/** Everything a column needs to render one value: the document, the language and lookups by key. */
export interface ExportContext {
  readonly doc: RegisterDocument
  readonly language: Language
  /** The day the export was made (Brussels), ISO. */
  readonly generatedOn: string
  readonly labels: TaxonomyLabels
  /** ': ', or ' : ' in French. */
  readonly colon: string
  readonly activities: ReadonlyMap<string, Activity>
  readonly systems: ReadonlyMap<string, RegisterSystem>
  readonly vendors: ReadonlyMap<string, Vendor>
  readonly retentionRules: ReadonlyMap<string, RetentionRule>
  readonly measures: ReadonlyMap<string, Measure>
  /** How each retention rule is enforced on the organisation's systems (from the retention module), if given. */
  readonly retentionEnforcement: ReadonlyMap<string, string> | undefined
  t(key: VocabularyKey): string
  text(value: LocalizedText | undefined): string | undefined
  label(entry: LegalLabel): string
  yesNo(value: boolean): string
}

export interface ExportOptions {
  /** The moment of the export (default: now); shown as the generation date. */
  readonly now?: Date
  /** Per retention rule, in the export's language: how it is enforced (adds a column to the retention table). */
  readonly retentionEnforcement?: ReadonlyMap<string, string>
}

function byKey<T extends { key: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.key, item]))
}

export function exportContext(
  doc: RegisterDocument,
  language: Language,
  options: ExportOptions = {},
): ExportContext {
  const t = (key: VocabularyKey) => term(key, language)
  return {
    doc,
    language,
    generatedOn: toBrusselsDate(options.now ?? new Date()),
    labels: taxonomyLabels(doc, language),
    colon: colon(language),
    activities: byKey(doc.activities),
    systems: byKey(doc.systems),
    vendors: byKey(doc.vendors),
    retentionRules: byKey(doc.retentionRules),
    measures: byKey(doc.measures),
    retentionEnforcement: options.retentionEnforcement,
    t,
    text: (value) => textIn(value, language),
    label: (entry) => entry.label[language],
    yesNo: (value) => t(value ? 'yes' : 'no'),
  }
}
