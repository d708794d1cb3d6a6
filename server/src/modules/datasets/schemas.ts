import { z } from 'zod'
import { CONNECTOR_PROBLEMS } from '../../connectors/network/target-error'
import { registerKey } from '../../domain/register/schema'
import { slugParams } from '../../http/common-schemas'
import { datasetCanSchema } from './policy'

export const datasetTags = ['datasets']
export const datasetParams = slugParams.extend({ key: registerKey })

const noNul = (v: string) => !v.includes('\u0000')

/** The non-secret part of a database connection; a password inside `url` is moved into the secret. */
export const connectionOptionsInput = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine(noNul, 'Contains a NUL character')
    .optional()
    .describe('the database server, e.g. db.example.be'),
  port: z.number().int().min(1).max(65535).optional().describe('the port (default 5432 or 3306)'),
  database: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .refine(noNul, 'Contains a NUL character')
    .optional()
    .describe('the database name'),
  user: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .refine(noNul, 'Contains a NUL character')
    .optional()
    .describe('the user to connect as (read access suffices for access requests)'),
  schema: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .refine(noNul, 'Contains a NUL character')
    .optional()
    .describe('the SQL schema (PostgreSQL; default public)'),
  ssl: z.boolean().optional().describe('true: connect over TLS'),
  checkPath: z
    .string()
    .trim()
    .regex(/^\/[^\s]*$/, 'A path starting with /, e.g. /v1/me')
    .max(500)
    .optional()
    .describe('http datasets: a harmless GET the connection check calls (default: the first read endpoint)'),
  url: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe(
      'postgres://user@host:5432/db or mysql://user@host:3306/db (a password in it is stored as the secret)',
    ),
})
export type ConnectionOptionsInput = z.infer<typeof connectionOptionsInput>

const secretInput = z
  .string()
  .max(4096)
  .refine(noNul, 'Contains a NUL character')
  .describe(
    'password, API key, bearer token, "user:password" or "clientId:clientSecret"; stored encrypted, never returned',
  )

export const connectionBody = z.strictObject({
  options: connectionOptionsInput.describe('where and how to connect (never the password: see secret)'),
  secret: secretInput.optional().describe('omit to keep the stored secret, "" to remove it'),
})

export const sourceBody = z.strictObject({
  source: z.string().max(2_200_000).describe('the dataset file, YAML or JSON'),
})

export const discoverBody = z.strictObject({
  connector: z.enum(['postgres', 'mysql']).describe('the kind of database: postgres or mysql (also MariaDB)'),
  options: connectionOptionsInput.describe('where and how to connect (never the password: see secret)'),
  secret: secretInput.optional(),
  key: registerKey.describe('the key of the proposed dataset'),
  system: registerKey.describe('the system of the register the database belongs to'),
  name: z.string().trim().min(1).max(500).optional().describe('a name for the proposed dataset'),
  schema: z
    .string()
    .trim()
    .min(1)
    .max(128)
    .optional()
    .describe('SQL schema to read (PostgreSQL; default public)'),
})

const lastCheck = z.object({
  at: z.string(),
  ok: z.boolean(),
  message: z.string(),
  problem: z
    .object({ code: z.enum(CONNECTOR_PROBLEMS), reference: z.string() })
    .optional()
    .describe(
      'A connection that could not be made: a stable code the UI words (the reason is only in the server log, under the reference)',
    ),
})
const registerProblem = z.object({
  path: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: z.number().optional(),
})

export const datasetSummary = z.object({
  key: z.string(),
  name: z.string(),
  system: z.string(),
  connector: z.enum(['postgres', 'mysql', 'http', 'manual']),
  collections: z.number(),
  fields: z.number(),
  personalFields: z.number(),
  version: z.number(),
  updatedAt: z.string(),
  connection: z.object({
    configured: z.boolean(),
    hasSecret: z.boolean(),
    lastCheck: lastCheck.optional(),
  }),
  registerProblems: z.number(),
})

export const datasetDetail = z.object({
  key: z.string(),
  name: z.string(),
  system: z.string(),
  connector: z.enum(['postgres', 'mysql', 'http', 'manual']),
  version: z.number(),
  updatedAt: z.string(),
  source: z.string(),
  document: z.record(z.string(), z.unknown()),
  connection: z.object({
    options: z.record(z.string(), z.unknown()),
    configured: z.boolean(),
    hasSecret: z.boolean(),
    lastCheck: lastCheck.optional(),
  }),
  registerProblems: z.array(registerProblem),
  can: datasetCanSchema,
})

export const savedDataset = datasetDetail.extend({
  changed: z.boolean().describe('false when the file was identical to the stored one (version unchanged)'),
})

export const checkResult = lastCheck

export type DiscoverInput = z.infer<typeof discoverBody>

export const discoverResult = z.object({
  source: z.string().describe('the proposed dataset file (YAML with a comment on each suggestion)'),
  document: z.record(z.string(), z.unknown()),
  suggestions: z.array(
    z.object({
      collection: z.string(),
      field: z.string(),
      category: z.string().optional(),
      identity: z.string().optional(),
      confidence: z.number().describe('0 to 1'),
      reasons: z.array(z.string()),
    }),
  ),
  references: z
    .array(
      z.object({
        collection: z.string(),
        field: z.string(),
        target: z.string(),
        targetField: z.string(),
        direction: z
          .enum(['from', 'to', 'none'])
          .describe(
            'from: found from the target (belongs to it); to: the target is read from here; none: not followed',
          ),
        flagged: z.boolean().describe('following it would reach rows of other people: review it'),
        inferred: z.boolean().describe('no foreign key is declared: inferred from the column name'),
        fromPartitions: z
          .boolean()
          .describe('declared on partitions or child tables only, merged onto the table'),
        reason: z
          .object({ code: z.string() })
          .catchall(z.union([z.string(), z.number()]))
          .describe('why, as a code with its values (belongs, part_of, describes, context, fan_out...)'),
        text: z.string().describe('the reason in English'),
      }),
    )
    .optional()
    .describe(
      'every foreign key of a described table, with the decision and why (absent in older proposals)',
    ),
})

export const discoveryParams = slugParams.extend({ id: z.uuid() })

export const discoveryProgress = z.object({
  done: z.number().describe('tables read'),
  total: z.number().describe('tables to read (0 until the schema is known)'),
  table: z.string().optional().describe('the table read last'),
})

export const discoveryState = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  progress: discoveryProgress,
  result: discoverResult.optional().describe('the proposal, once done'),
  error: z.string().optional().describe('why it failed (never the secret)'),
})
