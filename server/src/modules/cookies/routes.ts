import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { COOKIE_CATEGORIES } from '../../domain/cookies/catalogue'
import { inventorySchema, inventoryServiceSchema } from '../../domain/cookies/inventory'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import {
  cookieSetupOf,
  deleteInventoryService,
  saveInventory,
  saveSiteSettings,
  updateInventoryService,
} from './inventory'
import { requestedCookieScanJob } from './jobs'
import { cookieActions } from './policy'
import { presentScan, presentSetup } from './presenter'
import { registerCookieProposalRoutes } from './proposal-routes'
import { bannerEventsOf } from './repository'
import { findingSchema } from './scan-stored'
import { requestCookieScan, scansOf } from './scans'

const tags = ['cookies']
const cookieSchema = z.object({
  name: z.string(),
  provider: z.string(),
  purpose: z.string(),
  duration: z.string(),
  thirdCountry: z.string().nullable(),
})
const inventoryOut = z.object({
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      provider: z.string(),
      category: z.enum(COOKIE_CATEGORIES),
      purpose: z.string(),
      hosts: z.array(z.string()),
      vendor: z.string().optional(),
      cookies: z.array(cookieSchema),
    }),
  ),
  purposes: z
    .object({
      functional: z.string().optional(),
      analytics: z.string().optional(),
      advertising: z.string().optional(),
    })
    .optional(),
})
const settingsSchema = z.strictObject({
  scanUrls: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(20)
    .describe('the pages the scanner visits'),
  scanDepth: z
    .number()
    .int()
    .min(0)
    .max(2)
    .describe('how many levels of same-site links the scanner follows'),
  reconsentDays: z
    .number()
    .int()
    .min(1)
    .max(390)
    .describe('after how many days the banner asks again (default 182: six months)'),
})
const setupSchema = z.object({
  version: z.number().int().describe('the inventory version the banner shows; 0 before the first save'),
  inventory: inventoryOut,
  note: z.string(),
  savedAt: z.string().nullable(),
  settings: settingsSchema,
  purposeMapping: z
    .array(
      z.object({
        category: z.string(),
        purpose: z.string().nullable(),
        status: z.enum(['mapped', 'missing', 'not_a_consent_purpose']),
      }),
    )
    .describe(
      'per category the banner offers: the consent purpose its choices are recorded under; missing or not_a_consent_purpose means its choices are kept only in the banner log, not as consent records',
    ),
  can: z.object({
    write: z.boolean(),
    updateService: z
      .boolean()
      .describe('whether the caller may change a service (PUT .../cookies/services/{serviceId})'),
    deleteService: z
      .boolean()
      .describe('whether the caller may remove a service (DELETE .../cookies/services/{serviceId})'),
  }),
})
const serviceParams = slugParams.extend({
  serviceId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .describe('the service: `inventory.services[].id`'),
})
const scanSchema = z.object({
  id: z.uuid(),
  status: z
    .enum(['queued', 'running', 'completed', 'failed'])
    .describe('queued and running until a worker has scanned the site'),
  inventoryVersion: z.number().int().nullable(),
  startedAt: z.string().describe('when it was asked for; once running, when Chromium started'),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  pages: z.array(z.string()),
  counts: z
    .object({
      before: z.number().int(),
      accepted: z.number().int(),
      rejected: z.number().int(),
      thirdPartyHosts: z.number().int(),
    })
    .nullable(),
  findings: z.array(findingSchema),
  diff: z
    .object({
      newFindings: z.array(findingSchema),
      resolvedFindings: z.array(findingSchema),
      newCookies: z.array(z.string()),
      goneCookies: z.array(z.string()),
    })
    .nullable()
    .describe(
      'null for a scan that did not complete, and for the first completed scan (nothing to compare with)',
    ),
})

function canOf(grant: Parameters<typeof permissions>[0]) {
  return permissions(grant, {
    write: cookieActions.write,
    updateService: cookieActions['update-service'],
    deleteService: cookieActions['delete-service'],
  })
}

/** The organisation's cookie inventory, banner settings and scans (issue 18). */
export function registerCookieRoutes(app: App, ctx: AppContext) {
  registerCookieProposalRoutes(app, ctx)
  app.get(
    '/api/v1/orgs/:slug/cookies',
    {
      schema: {
        tags,
        summary: 'The cookie inventory (latest version), the banner and scanner settings',
        params: slugParams,
        response: { 200: setupSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.read)
      const setup = await cookieSetupOf(ctx, access.organization)
      return { ...presentSetup(setup), can: canOf(access.grant) }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/cookies/inventory',
    {
      schema: {
        tags,
        summary: 'Save the reviewed cookie inventory as a new version',
        params: slugParams,
        body: z.strictObject({
          services: inventorySchema.shape.services,
          purposes: inventorySchema.shape.purposes,
          note: z.string().trim().max(500).optional().describe('what changed, for the version list'),
        }),
        response: { 200: setupSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.write)
      await saveInventory(
        ctx,
        access.actor,
        access.organization,
        {
          services: request.body.services,
          ...(request.body.purposes ? { purposes: request.body.purposes } : {}),
        },
        request.body.note ?? '',
      )
      const setup = await cookieSetupOf(ctx, access.organization)
      return { ...presentSetup(setup), can: canOf(access.grant) }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/cookies/services/:serviceId',
    {
      schema: {
        tags,
        summary:
          'Change one service of the inventory (its id stays): saved as a new version, the banner asks every visitor again',
        params: serviceParams,
        body: inventoryServiceSchema.omit({ id: true }).extend({
          note: z.string().trim().max(500).optional().describe('what changed, for the version list'),
        }),
        response: { 200: setupSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions['update-service'])
      const { note, ...service } = request.body
      await updateInventoryService(
        ctx,
        access.actor,
        access.organization,
        request.params.serviceId,
        service,
        note ?? '',
      )
      const setup = await cookieSetupOf(ctx, access.organization)
      return { ...presentSetup(setup), can: canOf(access.grant) }
    },
  )

  app.delete(
    '/api/v1/orgs/:slug/cookies/services/:serviceId',
    {
      schema: {
        tags,
        summary:
          'Remove one service, with its cookies and hosts, from the inventory: saved as a new version, the banner asks every visitor again',
        params: serviceParams,
        response: { 200: setupSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions['delete-service'])
      await deleteInventoryService(ctx, access.actor, access.organization, request.params.serviceId)
      const setup = await cookieSetupOf(ctx, access.organization)
      return { ...presentSetup(setup), can: canOf(access.grant) }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/cookies/settings',
    {
      schema: {
        tags,
        summary: 'Change what the scanner visits and when the banner asks again',
        params: slugParams,
        body: settingsSchema,
        response: { 200: setupSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.write)
      await saveSiteSettings(ctx, access.actor, access.organization, request.body)
      const setup = await cookieSetupOf(ctx, access.organization)
      return { ...presentSetup(setup), can: canOf(access.grant) }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/cookies/scans',
    {
      schema: {
        tags,
        summary: 'The latest cookie scans with their findings and the difference from the scan before',
        params: slugParams,
        response: { 200: z.object({ items: z.array(scanSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.read)
      return {
        items: (await scansOf(ctx, access.organization)).map(({ scan, diff }) => presentScan(scan, diff)),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/cookies/scans',
    {
      schema: {
        tags,
        summary: 'Start a scan of the site now: queued, then done by a worker in headless Chromium',
        params: slugParams,
        response: { 202: scanSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.scan)
      const org = access.organization
      const id = await requestCookieScan(
        ctx,
        org,
        access.actor.type === 'user' ? access.actor.id : null,
        (scanId) => ctx.jobs.send(requestedCookieScanJob, { scanId }).then(() => undefined),
      )
      const queued = (await scansOf(ctx, org)).find((s) => s.scan.id === id)
      if (!queued) throw new Error('The queued scan was not found')
      return reply.code(202).send(presentScan(queued.scan, queued.diff))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/cookies/consents/:consentId',
    {
      schema: {
        tags,
        summary: "What the banner recorded for one visitor's consent id: when it was shown and each choice",
        params: slugParams.extend({ consentId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) }),
        response: {
          200: z.object({
            consentId: z.string(),
            events: z.array(
              z.object({
                kind: z.enum(['served', 'choice']),
                method: z.enum(['accept', 'reject', 'save', 'gpc']).nullable(),
                granted: z.array(z.string()),
                inventoryVersion: z.number().int(),
                language: z.string().nullable(),
                pageUrl: z.string().nullable(),
                at: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.read)
      const rows = await bannerEventsOf(ctx.db, access.organization.id, request.params.consentId)
      return {
        consentId: request.params.consentId,
        events: rows.map((r) => ({
          kind: r.kind,
          method: r.method,
          granted: r.granted,
          inventoryVersion: r.inventory_version,
          language: r.language,
          pageUrl: r.page_url,
          at: r.created_at.toISOString(),
        })),
      }
    },
  )
}
