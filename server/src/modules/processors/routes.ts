import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { registerKey } from '../../domain/register/schema'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { announceChange, changesWithObjections, withdrawChange } from './changes'
import { changeClient, clientDetail, clientsOverview, createClient, removeClient } from './clients'
import { registerContractEndRoutes } from './contract-end-routes'
import { processorActions } from './policy'
import {
  presentAgreement,
  presentChange,
  presentClient,
  presentProfile,
  presentTransfer,
  presentVendor,
} from './presenter'
import { listChanges, objectionDaysOf } from './repository'
import {
  agreementBody,
  agreementSchema,
  canSchema,
  changeSchema,
  clientBody,
  clientSchema,
  country,
  date,
  findingSchema,
  idParams,
  keyParams,
  noContent,
  profileSchema,
  subProcessorSchema,
  tags,
  text,
  transferBody,
  transferSchema,
  vendorSummarySchema,
} from './schemas'
import { saveObjectionWindow } from './settings'
import {
  addTransfer,
  agreementDocument,
  changeAgreement,
  changeTransfer,
  createAgreement,
  processorFindings,
  removeAgreement,
  removeTransfer,
  saveVendorProfile,
  vendorDetail,
  vendorsOverview,
} from './vendors'

export function registerProcessorRoutes(app: App, ctx: AppContext) {
  registerContractEndRoutes(app, ctx)
  const base = '/api/v1/orgs/:slug/processors'
  const can = (grant: Parameters<typeof permissions>[0]) =>
    permissions(grant, {
      write: processorActions.write,
      announce: processorActions.announce,
      endContract: processorActions['end-contract'],
    })

  // As controller: the register's vendors

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
          riskLevel: z.enum(['low', 'medium', 'high']).nullable(),
          certifications: z.array(text(100).min(1)).max(50).default([]).describe('e.g. ISO 27001, SOC 2'),
          subProcessors: z
            .array(subProcessorSchema)
            .max(200)
            .default([])
            .describe("the vendor's own sub-processors"),
          nextReviewOn: date.nullable().describe('a reminder is mailed on that date'),
          lastReviewedOn: date.nullable().optional(),
          notes: text(5000).optional(),
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

  app.post(
    `${base}/vendors/:key/agreements`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Record a processing agreement with a vendor, with its Art. 28(3) checklist and document',
        params: keyParams,
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createAgreement(
        ctx,
        access.actor,
        access.organization,
        { vendorKey: request.params.key },
        request.body,
      )
      return reply.code(201).send(presentAgreement(row))
    },
  )

  app.post(
    `${base}/vendors/:key/transfers`,
    {
      schema: {
        tags,
        summary: 'Record a transfer outside the EEA through a vendor, with its mechanism and TIA note',
        params: keyParams,
        body: transferBody,
        response: { 201: transferSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await addTransfer(ctx, access.actor, access.organization, request.params.key, request.body)
      return reply.code(201).send(presentTransfer(row))
    },
  )

  app.patch(
    `${base}/transfers/:id`,
    {
      schema: {
        tags,
        summary: 'Change a transfer (e.g. the date the DPF certification was last checked)',
        params: idParams,
        body: transferBody.partial(),
        response: { 200: transferSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      return presentTransfer(
        await changeTransfer(ctx, access.actor, access.organization, request.params.id, request.body),
      )
    },
  )

  app.delete(
    `${base}/transfers/:id`,
    { schema: { tags, summary: 'Delete a transfer', params: idParams, response: noContent } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeTransfer(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.patch(
    `${base}/agreements/:id`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Change an agreement (vendor or client): dates, checklist, or a new document',
        params: idParams,
        body: agreementBody.partial(),
        response: { 200: agreementSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      return presentAgreement(
        await changeAgreement(ctx, access.actor, access.organization, request.params.id, request.body),
      )
    },
  )

  app.delete(
    `${base}/agreements/:id`,
    {
      schema: {
        tags,
        summary: 'Delete an agreement and its document',
        params: idParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeAgreement(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    `${base}/agreements/:id/document`,
    { schema: { tags, summary: 'Download the document of an agreement', params: idParams } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const doc = await agreementDocument(ctx, access.organization, request.params.id)
      const safeName = doc.filename.replace(/[^\w.-]+/g, '_')
      return reply
        .header('content-disposition', `attachment; filename="${safeName}"`)
        .header('cache-control', 'no-store')
        .type(doc.contentType)
        .send(doc.content)
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
        querystring: z.strictObject({ lang: languageSchema.optional() }),
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

  // As processor: clients

  app.get(
    `${base}/clients`,
    {
      schema: {
        tags,
        summary: 'The controllers the organisation processes for, with contacts and agreements',
        params: slugParams,
        response: { 200: z.object({ items: z.array(clientSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const items = await clientsOverview(ctx, access.organization)
      return {
        items: items.map((c) => presentClient(c.client, c.contacts, c.agreements)),
        can: can(access.grant),
      }
    },
  )

  app.post(
    `${base}/clients`,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add a client (a controller the organisation processes for)',
        params: slugParams,
        body: clientBody,
        response: { 201: clientSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createClient(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(presentClient(row, request.body.contacts, []))
    },
  )

  app.get(
    `${base}/clients/:id`,
    {
      schema: {
        tags,
        summary: 'One client with its agreements and the activities done for it (Art. 30(2))',
        params: idParams,
        response: {
          200: clientSchema.extend({
            activities: z.array(z.object({ key: z.string(), name: z.unknown() })),
            can: canSchema,
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const detail = await clientDetail(ctx, access.organization, request.params.id)
      return {
        ...presentClient(detail.client, detail.contacts, detail.agreements),
        activities: detail.activities.map((a) => ({ key: a.key, name: a.name })),
        can: can(access.grant),
      }
    },
  )

  app.patch(
    `${base}/clients/:id`,
    {
      schema: {
        tags,
        summary: 'Change a client: contacts, instructions, activities, or end it',
        params: idParams,
        body: clientBody.partial(),
        response: { 200: clientSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await changeClient(ctx, access.actor, access.organization, request.params.id, request.body)
      const detail = await clientDetail(ctx, access.organization, request.params.id)
      return presentClient(detail.client, detail.contacts, detail.agreements)
    },
  )

  app.delete(
    `${base}/clients/:id`,
    {
      schema: { tags, summary: 'Delete a client and its agreements', params: idParams, response: noContent },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await removeClient(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${base}/clients/:id/agreements`,
    {
      bodyLimit: 7_500_000,
      schema: {
        tags,
        summary: 'Record the processing agreement with a client',
        params: idParams,
        body: agreementBody,
        response: { 201: agreementSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      const row = await createAgreement(
        ctx,
        access.actor,
        access.organization,
        { clientId: request.params.id },
        request.body,
      )
      return reply.code(201).send(presentAgreement(row))
    },
  )

  // Sub-processor changes

  app.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'The default objection window for sub-processor changes',
        params: slugParams,
        response: { 200: z.object({ objectionDays: z.number().int() }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      return { objectionDays: await objectionDaysOf(ctx.db, organization.id) }
    },
  )

  app.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Set the default objection window for sub-processor changes',
        params: slugParams,
        body: z.strictObject({ objectionDays: z.number().int().min(1).max(90) }),
        response: { 200: z.object({ objectionDays: z.number().int() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.write)
      await saveObjectionWindow(ctx, access.actor, access.organization, request.body.objectionDays)
      return { objectionDays: request.body.objectionDays }
    },
  )

  app.get(
    `${base}/changes`,
    {
      schema: {
        tags,
        summary: 'Announced sub-processor changes, newest first, with the objections received',
        params: slugParams,
        response: { 200: z.object({ items: z.array(changeSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.read)
      const rows = await listChanges(ctx.db, access.organization.id)
      const items = await changesWithObjections(ctx, access.organization, rows)
      return { items: items.map((i) => presentChange(i.change, i.objections)), can: can(access.grant) }
    },
  )

  app.post(
    `${base}/changes`,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary:
          'Announce a sub-processor change: every client and subscriber is mailed; it takes effect after the window',
        params: slugParams,
        body: z.strictObject({
          kind: z.enum(['add', 'remove']),
          vendor: z.strictObject({
            key: registerKey.describe('the register vendor key it has or will have'),
            name: text(200).min(1),
            country,
            services: text(500).optional(),
          }),
          note: text(2000).optional().describe('what changes and why, in the mail'),
          windowDays: z
            .number()
            .int()
            .min(1)
            .max(90)
            .optional()
            .describe('days to object; default the setting'),
        }),
        response: {
          201: changeSchema.extend({
            clientsNotified: z.number().int(),
            subscribersNotified: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.announce)
      const result = await announceChange(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send({
        ...presentChange(result.change, []),
        clientsNotified: result.clientsNotified,
        subscribersNotified: result.subscribersNotified,
      })
    },
  )

  app.post(
    `${base}/changes/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw an announced change before it takes effect',
        params: idParams,
        response: { 200: changeSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, processorActions.announce)
      const row = await withdrawChange(ctx, access.actor, access.organization, request.params.id)
      const [item] = await changesWithObjections(ctx, access.organization, [row])
      return presentChange(row, item?.objections ?? [])
    },
  )
}
