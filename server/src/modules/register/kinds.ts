import type { z } from 'zod'
import type { RegisterEntryKind } from '../../db/schema'
import {
  activitySchema,
  measureSchema,
  type RegisterDocument,
  retentionRuleSchema,
  systemSchema,
  taxonomySection,
  vendorSchema,
} from '../../domain/register/schema'

/** One kind of register entry: where it lives in the register file, its schema and its URL segment. */
export interface EntryKind {
  kind: RegisterEntryKind
  segment: string
  schema: z.ZodType<{ key: string }>
  read(doc: RegisterDocument): { key: string }[]
}

const taxonomy = taxonomySection.shape

export const ENTRY_KINDS: readonly EntryKind[] = [
  { kind: 'activity', segment: 'activities', schema: activitySchema, read: (d) => d.activities },
  { kind: 'system', segment: 'systems', schema: systemSchema, read: (d) => d.systems },
  { kind: 'vendor', segment: 'vendors', schema: vendorSchema, read: (d) => d.vendors },
  {
    kind: 'retention_rule',
    segment: 'retention-rules',
    schema: retentionRuleSchema,
    read: (d) => d.retentionRules,
  },
  { kind: 'measure', segment: 'measures', schema: measureSchema, read: (d) => d.measures },
  {
    kind: 'data_category',
    segment: 'data-categories',
    schema: taxonomy.dataCategories.unwrap().element,
    read: (d) => d.taxonomy.dataCategories,
  },
  {
    kind: 'subject_category',
    segment: 'subject-categories',
    schema: taxonomy.subjectCategories.unwrap().element,
    read: (d) => d.taxonomy.subjectCategories,
  },
  {
    kind: 'purpose',
    segment: 'purposes',
    schema: taxonomy.purposes.unwrap().element,
    read: (d) => d.taxonomy.purposes,
  },
  {
    kind: 'recipient_type',
    segment: 'recipient-types',
    schema: taxonomy.recipientTypes.unwrap().element,
    read: (d) => d.taxonomy.recipientTypes,
  },
]

export const KIND_BY_SEGMENT = new Map(ENTRY_KINDS.map((k) => [k.segment, k]))
export const KIND_BY_NAME = new Map(ENTRY_KINDS.map((k) => [k.kind, k]))
export const SEGMENTS = ENTRY_KINDS.map((k) => k.segment) as [string, ...string[]]
