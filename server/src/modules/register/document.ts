import { REGISTER_FORMAT, type RegisterDocument, registerDocumentSchema } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import type { RegisterEntry } from './entry'
import { KIND_BY_NAME } from './kinds'
import { organizationSectionOf } from './organization-section'
import { noticeSettingsOf } from './organization-stored'

const SECTION = {
  activity: (d: Sections) => d.activities,
  system: (d: Sections) => d.systems,
  vendor: (d: Sections) => d.vendors,
  retention_rule: (d: Sections) => d.retentionRules,
  measure: (d: Sections) => d.measures,
  data_category: (d: Sections) => d.taxonomy.dataCategories,
  subject_category: (d: Sections) => d.taxonomy.subjectCategories,
  purpose: (d: Sections) => d.taxonomy.purposes,
  recipient_type: (d: Sections) => d.taxonomy.recipientTypes,
} as const

interface Sections {
  activities: unknown[]
  systems: unknown[]
  vendors: unknown[]
  retentionRules: unknown[]
  measures: unknown[]
  taxonomy: {
    dataCategories: unknown[]
    subjectCategories: unknown[]
    purposes: unknown[]
    recipientTypes: unknown[]
  }
}

/** The organisation's register as one document, in stored order: what export, checks and notices read. */
export function assembleDocument(org: Organization, entries: readonly RegisterEntry[]): RegisterDocument {
  const sections: Sections = {
    activities: [],
    systems: [],
    vendors: [],
    retentionRules: [],
    measures: [],
    taxonomy: { dataCategories: [], subjectCategories: [], purposes: [], recipientTypes: [] },
  }
  const sorted = [...entries].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
  for (const entry of sorted) {
    if (KIND_BY_NAME.has(entry.kind)) SECTION[entry.kind](sections).push(entry.data)
  }
  return registerDocumentSchema.parse({
    format: REGISTER_FORMAT,
    organization: organizationSectionOf(org),
    // The notice section is stored with the organisation (notice_settings); absent: the defaults.
    ...(org.noticeSettings ? { notice: noticeSettingsOf(org) } : {}),
    ...sections,
  })
}

/** The entries of a document, each with its kind and position, as they are stored. */
export function entriesOf(doc: RegisterDocument) {
  return [...KIND_BY_NAME.values()].flatMap((k) =>
    k.read(doc).map((data, position) => ({
      kind: k.kind,
      key: data.key,
      position,
      data: data as Record<string, unknown>,
    })),
  )
}
