import { z } from 'zod'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { resolveRegister } from '../../domain/register/resolve'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { loadRegister } from '../register'
import { clientsOverview } from './clients'
import { processorsToXlsx } from './export'
import { processorActions } from './policy'
import { presentProfile, presentVendor } from './presenter'
import { grantedProcessorActions as can } from './route-permissions'
import {
  canSchema,
  date,
  findingSchema,
  keyParams,
  profileSchema,
  subProcessorSchema,
  tags,
  text,
  vendorSummarySchema,
} from './schemas'
import { processorFindings, saveVendorProfile, vendorDetail, vendorsOverview } from './vendors'

/** As controller: the register's vendors - overview, detail, risk and review profile, and the linter's findings. */
export function registerVendorRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/processors'

  app.get(
    `${base}/vendors`,
    {
      schema: {
        tags,
        summary: 'The register vendors with their agreements, transfers, risk and review date',
        params: slugParams,
        response: { 200: z.object({ items: z.array(vendorSummarySchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const items = await vendorsOverview(ctx, access.organization)
      return { items: items.map(presentVendor), can: can(access.grant) }
    },
  )

  app.get(
    `${base}/vendors/:key`,
    {
      schema: {
        tags,
        summary: 'One register vendor with its agreements, transfers and profile',
        params: keyParams,
        response: { 200: vendorSummarySchema.extend({ can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const detail = await vendorDetail(ctx, access.organization, request.params.key)
      return { ...presentVendor(detail), can: can(access.grant) }
    },
  )

  app.put(
    `${base}/vendors/:key/profile`,
    {
      schema: {
        tags,
        summary: 'Set the risk level, certifications, sub-processors and review dates of a vendor',
        params: keyParams,
        body: z.strictObject({
          riskLevel: z
            .enum(['low', 'medium', 'high'])
            .nullable()
            .describe('the risk the vendor poses to the data it processes; null: not assessed'),
          certifications: z.array(text(100).min(1)).max(50).default([]).describe('e.g. ISO 27001, SOC 2'),
          subProcessors: z
            .array(subProcessorSchema)
            .max(200)
            .default([])
            .describe("the vendor's own sub-processors"),
          nextReviewOn: date.nullable().describe('a reminder is mailed on that date'),
          lastReviewedOn: date.nullable().optional().describe('when the vendor was last reviewed'),
          notes: text(5000)
            .optional()
            .describe('free notes on the vendor, e.g. the outcome of the last review'),
        }),
        response: { 200: profileSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const body = request.body
      const row = await saveVendorProfile(ctx, access.actor, access.organization, request.params.key, {
        riskLevel: body.riskLevel,
        certifications: body.certifications,
        subProcessors: body.subProcessors,
        nextReviewOn: body.nextReviewOn,
        lastReviewedOn: body.lastReviewedOn ?? null,
        notes: body.notes ?? '',
      })
      return presentProfile(row)
    },
  )

  app.get(
    `${base}/findings`,
    {
      schema: {
        tags,
        summary:
          'The processor findings of the linter: missing agreements and clauses, stale DPF checks, reviews due',
        params: slugParams,
        querystring: z.strictObject({
          lang: languageSchema
            .optional()
            .describe("the language of messages and fixes; default: the organisation's"),
        }),
        response: {
          200: z.object({ errors: z.number(), warnings: z.number(), findings: z.array(findingSchema) }),
        },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const lang = request.query.lang ?? organization.defaultLanguage
      const findings = await processorFindings(ctx, organization, toBrusselsDate(new Date()))
      return {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        findings: findings.map((f) => ({ ...f, message: f.message[lang], fix: f.fix[lang] })),
      }
    },
  )

  app.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary:
          'The processors register as an XLSX workbook: one sheet as controller, one as processor (Art. 30(2))',
        params: slugParams,
        querystring: z.strictObject({
          lang: languageSchema
            .optional()
            .describe("the language of the headers and words; default: the organisation's"),
        }),
      },
    },
    async (request, reply) => {
      const { organization: org } = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const lang = request.query.lang ?? org.defaultLanguage
      const [vendors, clients, doc] = await Promise.all([
        vendorsOverview(ctx, org),
        clientsOverview(ctx, org),
        loadRegister(ctx, org),
      ])
      const now = new Date()
      const body = await processorsToXlsx(
        vendors,
        clients.map(({ client, contacts, agreements }) => ({
          name: client.name,
          enterpriseNumber: client.enterprise_number,
          language: client.language,
          status: client.status,
          contacts,
          instructions: client.instructions,
          activityKeys: client.activity_keys,
          systemReference: client.system_reference,
          agreements,
        })),
        resolveRegister(doc),
        lang,
        now,
      )
      // The day in Belgium, as every date the user sees.
      const name = `processors-${org.slug}-${lang}-${toBrusselsDate(now)}.xlsx`
      return reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body)
    },
  )
}
