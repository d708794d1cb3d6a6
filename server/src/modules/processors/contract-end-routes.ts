import { z } from 'zod'
import type { AppContext } from '../../context'
import type { ProcessorContractEndRow } from '../../db/schema'
import { totalsOf } from '../../domain/processors/contract-end'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { contractEndCertificatePdf, returnPackageLink } from './contract-end-documents'
import { contractEndsOf, endContract, outcomeOf, retryContractEnd } from './contract-ends'
import { processorActions } from './policy'
import { date, idParams, tags, text } from './schemas'

const keptSchema = z.object({
  rows: z.number(),
  reason: z.enum(['retention', 'shared', 'referenced', 'reference_data', 'legal_hold']),
  rule: z.string().optional(),
  until: z.string().nullable().optional(),
  holdReason: z.string().optional().describe('legal_hold: the reason of the hold that keeps the rows'),
})
export const contractEndSchema = z.object({
  id: z.uuid(),
  clientId: z.string().nullable(),
  clientName: z.string(),
  choice: z.enum(['return', 'destroy']),
  decidedOn: z.string(),
  note: z.string(),
  reference: z.string(),
  runId: z.string().nullable(),
  status: z.enum(['running', 'completed', 'failed']),
  error: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  packageAvailable: z.boolean().describe('return: a package was built (get its link with .../package-link)'),
  totals: z
    .object({ found: z.number(), deleted: z.number(), masked: z.number(), kept: z.number() })
    .nullable(),
  systems: z.array(
    z.object({
      dataset: z.string(),
      datasetName: z.string(),
      system: z.string(),
      systemName: z.string(),
      collections: z.array(
        z.object({
          collection: z.string(),
          found: z.number(),
          deleted: z.number(),
          masked: z.number(),
          kept: z.array(keptSchema),
        }),
      ),
    }),
  ),
})

export function presentContractEnd(row: ProcessorContractEndRow): z.infer<typeof contractEndSchema> {
  const outcome = outcomeOf(row)
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.client_name,
    choice: row.choice,
    decidedOn: String(row.decided_on).slice(0, 10),
    note: row.note,
    reference: row.reference,
    runId: row.run_id,
    status: row.status,
    error: row.error,
    requestedBy: row.requested_by,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at ? new Date(row.completed_at).toISOString() : null,
    packageAvailable: row.package_id !== null,
    totals: outcome ? totalsOf(outcome) : null,
    systems: outcome?.systems ?? [],
  }
}

/** The end of a contract with a client (decision 0050): the choice, its outcome, the package link, the certificate. */
export function registerContractEndRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.post(
    `${base}/clients/:id/contract-end`,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "End the contract with a client: return or destroy the client's data, at its choice",
        params: idParams,
        body: z.strictObject({
          choice: z
            .enum(['return', 'destroy'])
            .describe(
              "return: export the client's rows into an encrypted package with a download link; destroy: erase them (retention rules and shared rows respected) with a certificate",
            ),
          decidedOn: date.describe('the day the client made its choice'),
          note: text(2000).optional().describe('e.g. how the client made its choice known'),
        }),
        response: { 202: contractEndSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions['end-contract'])
      const row = await endContract(ctx, access.actor, access.organization, request.params.id, request.body)
      return reply.code(202).send(presentContractEnd(row))
    },
  )

  app.get(
    `${base}/contract-ends`,
    {
      schema: {
        tags,
        summary: 'The ends of contracts with clients, newest first, with what was returned or destroyed',
        params: slugParams,
        querystring: z.strictObject({ clientId: z.uuid().optional().describe('only this client') }),
        response: { 200: z.object({ items: z.array(contractEndSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const rows = await contractEndsOf(ctx, access.organization, request.query.clientId)
      return { items: rows.map(presentContractEnd) }
    },
  )

  app.post(
    `${base}/contract-ends/:id/retry`,
    {
      schema: {
        tags,
        summary: 'Try a failed end of contract again, resuming its run',
        params: idParams,
        response: { 202: contractEndSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions['end-contract'])
      const row = await retryContractEnd(ctx, access.actor, access.organization, request.params.id)
      return reply.code(202).send(presentContractEnd(row))
    },
  )

  app.post(
    `${base}/contract-ends/:id/package-link`,
    {
      schema: {
        tags,
        summary:
          'A download link for the package of a completed return (a new link replaces the previous one)',
        params: idParams,
        response: { 200: z.object({ url: z.string(), expiresAt: z.string(), availableUntil: z.string() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions['end-contract'])
      const link = await returnPackageLink(ctx, access.actor, access.organization, request.params.id)
      return { url: link.url, expiresAt: link.expiresAt.toISOString(), availableUntil: link.availableUntil }
    },
  )

  app.get(
    `${base}/contract-ends/:id/certificate`,
    {
      schema: {
        tags,
        summary: 'The certificate of destruction of a completed destroy, as PDF',
        params: idParams,
        querystring: z.strictObject({
          lang: z.enum(['nl', 'fr', 'en']).optional().describe('default: the organisation’s language'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const org = access.organization
      const language = request.query.lang ?? org.defaultLanguage
      const { pdf, filename } = await contractEndCertificatePdf(ctx, org, request.params.id, language)
      reply.header('content-disposition', `attachment; filename="${filename}"`)
      return reply.type('application/pdf').send(pdf)
    },
  )
}
