import { z } from 'zod'
import type { DatasetCollection, DatasetDocument } from '../datasets/schema'
import { IDENTITY_KINDS, type IdentityKind } from '../subjects/identity'

/**
 * The people and records of a breach counted through a connector (issue 19, item 1): "everyone in the leaked
 * table" is a query on a connected system, not a list typed in. The count is kept with what was queried and
 * when, so the register says where its approximate numbers come from.
 */

/** The field that tells one person's rows from another's, and the identity kind its values are. */
export interface PersonField {
  field: string
  kind: IdentityKind
}

/**
 * Which field of a collection identifies the person a row is about: the first field marked as an identity (the
 * customer's own row: its customer number or e-mail), else the first field that refers to an identity field of
 * another collection (a rental's customer_id refers to the customer's number). Null: the rows name nobody the
 * dataset can identify, so people cannot be counted.
 */
export function personFieldOf(doc: DatasetDocument, collection: DatasetCollection): PersonField | null {
  for (const f of collection.fields) if (f.identity) return { field: f.name, kind: f.identity }
  for (const f of collection.fields) {
    const ref = f.references
    if (!ref) continue
    const target = doc.collections
      .find((c) => c.name === ref.collection)
      ?.fields.find((t) => t.name === ref.field)
    if (target?.identity) return { field: f.name, kind: target.identity }
  }
  return null
}

/** The identity fields read to match rows with the subject index: the collection's own, and the person field. */
export function identityFieldsOf(collection: DatasetCollection, person: PersonField): PersonField[] {
  const own = collection.fields.flatMap((f) => (f.identity ? [{ field: f.name, kind: f.identity }] : []))
  return own.some((f) => f.field === person.field) ? own : [...own, person]
}

/** A calendar day only: the connectors compare the date field by day, so an instant would silently be cut. */
const bound = z.iso.date().describe('a calendar day (2026-12-01); the date field is compared by day')

export const affectedQuerySchema = z.strictObject({
  dataset: z.string().trim().min(1).max(100).describe('key of the dataset (the connected system)'),
  collection: z.string().trim().min(1).max(128).describe('the collection (table) concerned'),
  filter: z
    .strictObject({
      field: z.string().trim().min(1).max(128).describe('a date field of the collection'),
      from: bound.optional().describe('rows dated on or after this day'),
      before: bound.optional().describe('rows dated before this day'),
    })
    .refine((f) => f.from !== undefined || f.before !== undefined, {
      message: 'Give from, before or both.',
      path: ['from'],
    })
    .optional()
    .describe('only the rows whose date field lies in this window; omitted: every row of the collection'),
})
export type AffectedQuery = z.output<typeof affectedQuerySchema>

/** A count as kept with the breach (in its record) and shown with it. */
export const affectedSetSchema = z.object({
  dataset: z.string(),
  datasetName: z.string(),
  system: z.string(),
  collection: z.string(),
  filter: z
    .object({ field: z.string(), from: z.string().nullable(), before: z.string().nullable() })
    .nullable(),
  personField: z
    .string()
    .describe(
      'the field that names the person: its distinct values (normalised as the subject index does) are the people',
    ),
  identityKind: z.enum(IDENTITY_KINDS),
  people: z
    .number()
    .int()
    .describe(
      'distinct people in the rows; a row of the collection itself without any identity counts as one person',
    ),
  withoutPerson: z
    .number()
    .int()
    .optional()
    .describe(
      'rows whose person reference is empty: not counted as people, since nothing says whose they are (absent in counts made before this was kept)',
    ),
  records: z.number().int().describe('rows of the collection in the query'),
  inIndex: z
    .number()
    .int()
    .describe('of those people, how many the subject index knows (letters can go to them)'),
  computedAt: z.string(),
  computedBy: z.string(),
})
export type AffectedSet = z.output<typeof affectedSetSchema>

/** Where each approximate number comes from: the last connector count, a person's entry, or nothing yet. */
export type NumberSource = 'computed' | 'entered' | null
export function numberSources(
  facts: { peopleApprox?: number | undefined; recordsApprox?: number | undefined },
  set: AffectedSet | undefined,
): { people: NumberSource; records: NumberSource } {
  const source = (value: number | undefined, computed: number | undefined): NumberSource =>
    value === undefined ? null : value === computed ? 'computed' : 'entered'
  return {
    people: source(facts.peopleApprox, set?.people),
    records: source(facts.recordsApprox, set?.records),
  }
}
