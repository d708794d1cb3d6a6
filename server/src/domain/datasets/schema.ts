import { z } from 'zod'
import { registerKey } from '../register/schema'
import { IDENTITY_KINDS } from '../subjects/identity'

/**
 * A dataset file describes one system of the organisation (a database or a SaaS tool) the way the request engine
 * needs it: its collections (tables or API resources), their fields with the register's data category, which
 * fields identify a person, how collections refer to each other, what erasure does to each field, and which rows a
 * retention rule of the register keeps. One file per system; it links to the register through `system`.
 * docs/dataset.schema.json is generated from this schema.
 */

export const DATASET_FORMAT = 'custos-dataset/1'

/** SQL identifiers as written in the target database (case preserved; quoted by the driver). */
const identifier = z
  .string()
  .min(1)
  .max(128)
  .refine(
    (v) => !/["`]/.test(v) && !v.includes(String.fromCharCode(0)),
    'A table or column name without quotes',
  )
const shortText = z.string().trim().min(1).max(500)

/** What erasure does to one field. `delete_row` on any field deletes the whole row. */
export const erasureStrategySchema = z.discriminatedUnion('strategy', [
  z.strictObject({ strategy: z.literal('keep').describe('the field is left as it is') }),
  z.strictObject({ strategy: z.literal('null').describe('set to NULL (the column must allow it)') }),
  z.strictObject({
    strategy: z.literal('fixed').describe('replace with a fixed value, e.g. "erased" or 0'),
    value: z.union([z.string().max(500), z.number(), z.boolean()]),
  }),
  z.strictObject({
    strategy: z
      .literal('hash')
      .describe(
        'keyed hash (HMAC-SHA256): the same input masks the same way, the original cannot be recovered',
      ),
    maxLength: z
      .number()
      .int()
      .min(8)
      .max(64)
      .optional()
      .describe('truncate the hex digest to fit the column'),
  }),
  z.strictObject({ strategy: z.literal('delete_row').describe('delete the whole row') }),
])
export type ErasureStrategy = z.infer<typeof erasureStrategySchema>

export const referenceSchema = z.strictObject({
  collection: identifier.describe('the collection (in this dataset) this field points to'),
  field: identifier.describe('the field of that collection, usually its primary key'),
  direction: z
    .enum(['from', 'to', 'both', 'none'])
    .default('from')
    .describe(
      'from: rows of this collection are found from rows found in the referenced one (an invoice from its customer); ' +
        'to: rows of the referenced collection are found from this one; both; none: documented only, not followed',
    ),
})
export type DatasetReference = z.infer<typeof referenceSchema>

export const fieldSchema = z.strictObject({
  name: identifier,
  category: registerKey.optional().describe("data category key from the register's taxonomy"),
  identity: z
    .enum(IDENTITY_KINDS)
    .optional()
    .describe('this field identifies the person (searched with the request identities)'),
  references: referenceSchema.optional(),
  erasure: erasureStrategySchema
    .optional()
    .describe('default: null for personal fields, keep for the others'),
  provided: z
    .boolean()
    .default(false)
    .describe('data the subject provided (included in a portability export)'),
  rectifiable: z.boolean().default(true).describe('a rectification request may change this field'),
  /** HTTP datasets: where the value sits in an API item (dotted path), default the field name. */
  path: z.string().max(300).optional(),
})
export type DatasetField = z.infer<typeof fieldSchema>

export const holdSchema = z.strictObject({
  rule: registerKey.describe(
    'retention rule of the register (e.g. accounting_records) that keeps these rows',
  ),
  dateField: identifier
    .optional()
    .describe(
      "the date the retention period counts from; without it, the rule's start event in Custos (a lifecycle event of the subject index, a fixed date)",
    ),
})

const endpointFor = (defaultMethod: 'GET' | 'PATCH' | 'DELETE') =>
  z.strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default(defaultMethod),
    path: z
      .string()
      .min(1)
      .max(500)
      .describe('relative to the base URL; {field} placeholders take the value of that field or identity'),
    query: z.record(z.string(), z.string().max(500)).default({}),
    body: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('JSON body template; {field} placeholders allowed'),
    itemsPath: z.string().max(200).optional().describe('dotted path of the list of items in the response'),
  })
const httpEndpoint = endpointFor('GET')
export type HttpEndpoint = z.infer<typeof httpEndpoint>

export const collectionSchema = z.strictObject({
  name: identifier.describe('table name (SQL) or resource name (HTTP)'),
  schema: identifier.optional().describe('SQL schema or database, when not the default'),
  description: shortText.optional(),
  primaryKey: z
    .array(identifier)
    .min(1)
    .max(8)
    .optional()
    .describe('required for erasure and rectification in SQL'),
  after: z.array(identifier).default([]).describe('collections that must be processed before this one'),
  dateField: identifier.optional().describe('a date retention can use (e.g. last activity)'),
  hold: holdSchema.optional().describe("rows younger than the rule's period are kept when erasing"),
  clientField: identifier
    .optional()
    .describe(
      'the field holding the client (controller) the organisation processes this row for, as processor: ending the contract with that client exports or erases the rows with its reference here, and the rows that hang off them',
    ),
  shared: z
    .boolean()
    .optional()
    .describe(
      'reference data many people share (cities, countries, a product catalogue): never erased or masked, only exported as context',
    ),
  erasure: z
    .enum(['mask', 'delete'])
    .default('mask')
    .describe(
      "mask: apply each field's strategy; delete: delete found rows (masked instead when a kept row refers to them)",
    ),
  restriction: z
    .strictObject({ field: identifier, value: z.union([z.string().max(200), z.number(), z.boolean()]) })
    .optional()
    .describe('flag field set on restriction requests; without it restriction is a manual task'),
  http: z
    .strictObject({
      read: endpointFor('GET').optional(),
      update: endpointFor('PATCH').optional(),
      erase: endpointFor('DELETE').optional(),
      sweep: endpointFor('DELETE')
        .extend({
          countPath: z
            .string()
            .max(200)
            .optional()
            .describe(
              'dotted path of the number of items the call deleted or masked in its JSON answer (e.g. "deleted"); without it the count is recorded as not reported',
            ),
        })
        .optional()
        .describe(
          "retention sweeps: one call that deletes (or, for a rule that masks, masks) every item whose date (the collection's hold.dateField) is before {cutoff} (YYYY-MM-DD, the first day kept); without it a sweep creates a task for a person",
        ),
    })
    .optional(),
  fields: z.array(fieldSchema).min(1).max(500),
})
export type DatasetCollection = z.infer<typeof collectionSchema>

export const httpSettingsSchema = z.strictObject({
  baseUrl: z.url().max(2000),
  auth: z
    .enum(['none', 'api_key', 'bearer', 'basic', 'oauth2_client_credentials'])
    .default('none')
    .describe('the secret itself is stored encrypted in the connection, never in this file'),
  apiKeyHeader: z.string().max(100).default('X-API-Key'),
  tokenUrl: z.url().max(2000).optional().describe('OAuth2 client credentials token endpoint'),
  scope: z.string().max(500).optional(),
  pagination: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('none') }),
      z.strictObject({
        type: z.literal('page'),
        pageParam: z.string().max(100).default('page'),
        sizeParam: z.string().max(100).default('per_page'),
        size: z.number().int().min(1).max(1000).default(100),
        firstPage: z.number().int().min(0).max(1).default(1),
      }),
      z.strictObject({
        type: z.literal('cursor'),
        cursorParam: z.string().max(100).default('cursor'),
        nextCursorPath: z.string().max(200).describe('dotted path of the next cursor in the response'),
      }),
      z.strictObject({ type: z.literal('link_header').describe('RFC 8288 Link: <...>; rel="next"') }),
    ])
    .default({ type: 'none' }),
  rateLimit: z
    .strictObject({ requestsPerSecond: z.number().min(0.1).max(1000) })
    .optional()
    .describe('stay under the API limit; 429 answers are retried after Retry-After'),
})
export type HttpSettings = z.infer<typeof httpSettingsSchema>

/**
 * How this system is told that a person withdrew a consent, or that it expired (issue 17): one HTTP call per
 * withdrawal or expiry of one of `purposes`, made through the dataset's connection (its base URL, authentication
 * and rate limit) by a job that retries with backoff. Placeholders: {value} (the person's identity of kind
 * `identity`, also as {email}, {phone}...), {purpose}, {withdrawnAt} (ISO 8601: when the consent ended),
 * {reason} (`withdrawn` or `expired`) and {externalRef} (the integrator's reference sent with the consent).
 */
export const consentWithdrawalSchema = z.strictObject({
  purposes: z
    .array(registerKey)
    .max(100)
    .default([])
    .describe('consent purposes of the register this system acts on; empty: every consent purpose'),
  identity: z
    .enum(IDENTITY_KINDS)
    .default('email')
    .describe(
      'which identity of the person the call sends (from the subject index when the withdrawal was recorded under another)',
    ),
  call: z.strictObject({
    method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']).default('POST'),
    path: z.string().min(1).max(500).describe('relative to the base URL, e.g. /lists/news/unsubscribe'),
    query: z.record(z.string(), z.string().max(500)).default({}),
    body: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('JSON body template, e.g. { "email": "{value}" }'),
  }),
})
export type ConsentWithdrawalCall = z.infer<typeof consentWithdrawalSchema>

export const datasetDocumentSchema = z
  .strictObject({
    format: z.literal(DATASET_FORMAT).default(DATASET_FORMAT),
    key: registerKey.describe('unique within the organisation'),
    system: registerKey.describe('the system of the register this dataset describes'),
    name: shortText,
    description: shortText.optional(),
    connector: z.enum(['postgres', 'mysql', 'http', 'manual']),
    http: httpSettingsSchema.optional(),
    instructions: z
      .string()
      .max(5000)
      .optional()
      .describe('manual systems: what the agent must do (becomes a checklist task)'),
    collections: z.array(collectionSchema).max(500).default([]),
    consentWithdrawal: consentWithdrawalSchema
      .optional()
      .describe(
        'http datasets: the call that tells this system a person withdrew a consent (e.g. unsubscribe)',
      ),
  })
  .superRefine((doc, ctx) => checkConsistency(doc, ctx))
export type DatasetDocument = z.infer<typeof datasetDocumentSchema>

/** What a schema cannot say by shape: names that must exist, and per-connector requirements. */
function checkConsistency(doc: z.infer<typeof datasetDocumentSchema>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string, params?: Record<string, string>) =>
    ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) })
  if (doc.connector === 'http' && !doc.http)
    issue(['http'], 'An http dataset needs http settings (baseUrl, auth)')
  if (doc.consentWithdrawal && doc.connector !== 'http')
    issue(['consentWithdrawal'], 'Only an http dataset can be told of a withdrawal by a call')
  if (doc.connector !== 'manual' && doc.collections.length === 0)
    issue(['collections'], 'Describe at least one collection')
  const names = new Map(doc.collections.map((c, i) => [c.name, i]))
  if (names.size !== doc.collections.length) issue(['collections'], 'Collection names must be unique')
  doc.collections.forEach((collection, c) => {
    const fieldNames = new Set(collection.fields.map((f) => f.name))
    if (fieldNames.size !== collection.fields.length)
      issue(['collections', c, 'fields'], `Field names must be unique in ${collection.name}`)
    const mustExist = (name: string | undefined, path: (string | number)[]) => {
      if (name !== undefined && !fieldNames.has(name))
        issue(path, `${collection.name} has no field "${name}"`, {
          code: 'unknown_field',
          collection: collection.name,
          field: name,
        })
    }
    collection.primaryKey?.forEach((k, i) => {
      mustExist(k, ['collections', c, 'primaryKey', i])
    })
    mustExist(collection.dateField, ['collections', c, 'dateField'])
    mustExist(collection.hold?.dateField, ['collections', c, 'hold', 'dateField'])
    mustExist(collection.restriction?.field, ['collections', c, 'restriction', 'field'])
    mustExist(collection.clientField, ['collections', c, 'clientField'])
    const sweep = collection.http?.sweep
    if (sweep && doc.connector !== 'http')
      issue(['collections', c, 'http', 'sweep'], 'Only an http dataset can sweep through an endpoint')
    if (sweep && !JSON.stringify([sweep.path, sweep.query, sweep.body ?? null]).includes('{cutoff}'))
      issue(
        ['collections', c, 'http', 'sweep'],
        `The sweep endpoint of ${collection.name} must pass the date filter: use {cutoff} in its path, query or body`,
        { code: 'sweep_without_cutoff', collection: collection.name },
      )
    if (sweep?.method === 'GET')
      issue(
        ['collections', c, 'http', 'sweep', 'method'],
        `The sweep endpoint of ${collection.name} changes data: use DELETE, POST, PUT or PATCH`,
      )
    if (sweep && !collection.hold?.dateField)
      issue(
        ['collections', c, 'hold', 'dateField'],
        `The sweep endpoint of ${collection.name} filters by date: name the date field in hold.dateField`,
      )
    collection.after.forEach((a, i) => {
      if (!names.has(a)) issue(['collections', c, 'after', i], `No collection "${a}" in this dataset`)
    })
    collection.fields.forEach((field, f) => {
      const ref = field.references
      if (!ref) return
      const target = doc.collections[names.get(ref.collection) ?? -1]
      if (!target)
        issue(
          ['collections', c, 'fields', f, 'references', 'collection'],
          `No collection "${ref.collection}"`,
        )
      else if (!target.fields.some((t) => t.name === ref.field))
        issue(
          ['collections', c, 'fields', f, 'references', 'field'],
          `${ref.collection} has no field "${ref.field}"`,
          { code: 'unknown_field', collection: ref.collection, field: ref.field },
        )
    })
    const needsKey = doc.connector === 'postgres' || doc.connector === 'mysql'
    const writes = collection.fields.some((f) => f.erasure && f.erasure.strategy !== 'keep')
    if (needsKey && writes && !collection.primaryKey)
      issue(
        ['collections', c, 'primaryKey'],
        `${collection.name} changes data on erasure and needs a primaryKey`,
      )
  })
}
