import { z } from 'zod'
import { CLAUSE_LETTERS, CLAUSES } from '../../domain/processors/art28'
import { registerKey } from '../../domain/register/schema'
import { languageSchema, slugParams } from '../../http/common-schemas'

/** The request and response shapes of the processors API (routes.ts). */

export const tags = ['processors']
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
export const date = z.iso.date()
export const country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. US')
export const text = (max: number) => z.string().trim().max(max)

export const clausesSchema = z
  .strictObject(
    Object.fromEntries(
      CLAUSE_LETTERS.map((l) => [
        l,
        z
          .strictObject({
            present: z.boolean().describe('whether the contract stipulates this point'),
            location: text(200).optional().describe('where in the contract, e.g. "art. 7.2" or "annex 3"'),
          })
          .optional()
          .describe(`Art. 28(3)(${l}): ${CLAUSES[l].en}`),
      ]),
    ) as Record<
      (typeof CLAUSE_LETTERS)[number],
      z.ZodOptional<z.ZodObject<{ present: z.ZodBoolean; location: z.ZodOptional<z.ZodString> }>>
    >,
  )
  .describe('the Art. 28(3) GDPR checklist: for each point a-h whether the contract has it, and where')

export const documentSchema = z
  .strictObject({
    filename: z.string().trim().min(1).max(200).describe('the file name, e.g. "dpa-2026.pdf"'),
    contentType: z.string().trim().min(1).max(200).describe('the media type, e.g. application/pdf'),
    base64: z
      .base64()
      .max(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4)
      .describe('the content, base64'),
  })
  .describe('the signed agreement (at most 5 MB), stored encrypted')

export const agreementBody = z.strictObject({
  title: text(200).min(1).describe('e.g. "Verwerkersovereenkomst" or "Data processing addendum"'),
  version: text(50).optional().describe('the version or date of the text, e.g. "2.1"'),
  signedOn: date.nullable().optional().describe('the day both parties had signed'),
  startsOn: date.nullable().optional().describe('the day the agreement takes effect'),
  endsOn: date.nullable().optional().describe('end of the term; null: open-ended'),
  noticeDays: z.number().int().min(0).max(3650).nullable().optional().describe('notice period in days'),
  clauses: clausesSchema.optional(),
  document: documentSchema.optional(),
})

export const agreementSchema = z.object({
  id: z.uuid(),
  vendorKey: z.string().nullable(),
  clientId: z.string().nullable(),
  title: z.string(),
  version: z.string(),
  signedOn: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  noticeDays: z.number().nullable(),
  clauses: z.record(z.string(), z.object({ present: z.boolean(), location: z.string().optional() })),
  document: z.object({ filename: z.string(), contentType: z.string(), size: z.number() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

export const mechanismSchema = z
  .enum(['adequacy', 'scc', 'dpf', 'bcr', 'derogation'])
  .describe(
    'adequacy decision, standard contractual clauses 2021/914, EU-US Data Privacy Framework, binding ' +
      'corporate rules, or an Art. 49 derogation',
  )
export const transferBody = z.strictObject({
  country: country.describe('the country the data go to (ISO 3166-1 alpha-2, e.g. US)'),
  mechanism: mechanismSchema,
  sccModule: z.number().int().min(1).max(4).nullable().optional().describe('SCC 2021/914 module 1-4'),
  dpfCheckedOn: date.nullable().optional().describe('when the DPF list was last checked for this company'),
  details: text(2000).optional().describe('e.g. the derogation relied on, the BCR approval'),
  tiaNote: text(5000).optional().describe('the transfer impact assessment'),
})
export const transferSchema = z.object({
  id: z.uuid(),
  vendorKey: z.string(),
  country: z.string(),
  mechanism: z.string(),
  sccModule: z.number().nullable(),
  dpfCheckedOn: z.string().nullable(),
  details: z.string(),
  tiaNote: z.string(),
})
export const subProcessorSchema = z.strictObject({
  name: text(200).min(1).describe("the sub-processor's name"),
  country: country.describe('where it processes the data (ISO 3166-1 alpha-2)'),
  services: text(500).optional().describe('what it does for the vendor, e.g. hosting'),
})
export const profileSchema = z.object({
  riskLevel: z.enum(['low', 'medium', 'high']).nullable(),
  certifications: z.array(z.string()),
  subProcessors: z.array(
    z.object({ name: z.string(), country: z.string(), services: z.string().optional() }),
  ),
  nextReviewOn: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  notes: z.string(),
})
export const vendorSummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  country: z.string(),
  role: z.string(),
  services: z.string().nullable(),
  profile: profileSchema,
  agreements: z.array(agreementSchema),
  transfers: z.array(transferSchema),
})
export const findingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  object: z.object({ type: z.string(), key: z.string().nullable() }),
  path: z.string(),
  message: z.string(),
  fix: z.string(),
})

export const contactsSchema = z
  .strictObject({
    email: z.email().max(254).describe('where notices of sub-processor changes go'),
    contactName: text(200).optional().describe('the person at the client the mails are addressed to'),
    requestsEmail: z
      .email()
      .max(254)
      .optional()
      .describe('who receives data subject requests about its data'),
    breachesEmail: z.email().max(254).optional().describe('who is told of a breach affecting its data'),
  })
  .describe("the client's contacts, stored encrypted")
export const clientBody = z.strictObject({
  name: text(200).min(1).describe("the client's (the controller's) legal name"),
  enterpriseNumber: text(20)
    .nullable()
    .optional()
    .describe('its enterprise or VAT number, e.g. BE0123.456.789'),
  language: languageSchema.describe('the language the client is written to in'),
  contacts: contactsSchema,
  instructions: text(10000).optional().describe('the documented instructions (Art. 28(3)(a))'),
  activityKeys: z
    .array(registerKey)
    .max(200)
    .optional()
    .describe('register activities done as processor for this client (Art. 30(2))'),
  status: z.enum(['active', 'ended']).optional().describe('ended: the contract ended, no more notices'),
  systemReference: text(200)
    .min(1)
    .nullable()
    .optional()
    .describe(
      "the value that marks this client's rows in the organisation's systems (the datasets' clientField), e.g. a client code",
    ),
})
export const clientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  language: z.string(),
  contacts: z.object({
    email: z.string(),
    contactName: z.string().nullable(),
    requestsEmail: z.string().nullable(),
    breachesEmail: z.string().nullable(),
  }),
  instructions: z.string(),
  activityKeys: z.array(z.string()),
  status: z.enum(['active', 'ended']),
  systemReference: z.string().nullable(),
  agreements: z.array(agreementSchema),
  createdAt: z.string(),
})
export const changeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['add', 'remove']),
  vendor: z.object({
    key: z.string(),
    name: z.string(),
    country: z.string(),
    services: z.string().optional(),
  }),
  note: z.string(),
  windowDays: z.number().int(),
  announcedAt: z.string(),
  effectiveAt: z.string(),
  status: z.enum(['announced', 'effective', 'withdrawn']),
  appliedAt: z.string().nullable(),
  applyError: z.string().nullable(),
  objections: z.array(
    z.object({
      id: z.uuid(),
      clientId: z.string().nullable(),
      clientName: z.string().nullable(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
})
export const canSchema = z
  .object({ write: z.boolean(), announce: z.boolean(), endContract: z.boolean() })
  .describe(
    'what the caller may do: change processors and clients, announce sub-processor changes, end a contract with a client (return or destroy its data)',
  )

export const keyParams = slugParams.extend({ key: registerKey })
export const idParams = slugParams.extend({ id: z.uuid() })
export const noContent = { 204: z.null() }
