import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { COOKIE_CATEGORIES } from '../../domain/cookies/catalogue'
import { needsOrigin } from '../../domain/cookies/proposal-accept'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { cookieActions } from './policy'
import type { StoredProposal } from './proposal-repository'
import { acceptProposal, dismissProposal, proposalsOf } from './proposals'

const tags = ['cookies']
const proposalSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['cookie', 'host']).describe('a cookie or storage key, or a third-party host'),
  subject: z.string().describe('the cookie or storage name, or the host'),
  page: z.string().describe('the page the scan saw it on'),
  status: z.enum(['open', 'accepted', 'dismissed']),
  suggestion: z
    .object({
      serviceId: z
        .string()
        .describe('the inventory service it joins, or founds when the inventory has none with this id'),
      serviceName: z.string(),
      provider: z.string(),
      category: z
        .enum(COOKIE_CATEGORIES)
        .nullable()
        .describe('null when the catalogue does not know it: the category must be chosen when accepting'),
      hosts: z.array(z.string()).describe('the hosts a new service is given'),
      purpose: z.string().describe('for a cookie: its purpose as the catalogue states it, or empty'),
      duration: z.string(),
      thirdCountry: z.string().nullable(),
      known: z.boolean().describe('whether the built-in catalogue knows it'),
      domain: z.string().nullable().describe('for a cookie: the domain the scan saw it set on'),
      thirdParty: z
        .boolean()
        .nullable()
        .describe(
          'whether another party than the site sets it (a host, or a cookie set on another domain); null when proposed before the scanner recorded it',
        ),
      needsOrigin: z
        .boolean()
        .describe(
          'whether accepting needs provider and thirdCountry: a third party (or one not known to be first-party) the catalogue does not know',
        ),
    })
    .describe('prefilled from the scan and the built-in catalogue of known cookies and trackers'),
  inventoryVersion: z.number().int().nullable().describe('the inventory version its acceptance saved'),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
})

function present(p: StoredProposal) {
  const { url: _url, servicePurpose: _purpose, ...suggestion } = p.suggestion
  return {
    id: p.id,
    kind: p.kind,
    subject: p.subject,
    page: p.page,
    status: p.status,
    suggestion: { ...suggestion, needsOrigin: needsOrigin(p.suggestion) },
    inventoryVersion: p.inventoryVersion,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  }
}

const idParams = slugParams.extend({ id: z.uuid().describe('the proposal: `items[].id` of the proposals') })

/** The scanner's add-to-inventory proposals: listed, accepted into the inventory, or dismissed for good. */
export function registerCookieProposalRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/cookies/proposals',
    {
      schema: {
        tags,
        summary: 'Cookies and third-party hosts the scans saw that the inventory does not list',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(proposalSchema).describe('open proposals'),
            dismissed: z.array(proposalSchema).describe('dismissed proposals: not proposed again'),
            can: z.object({ accept: z.boolean(), dismiss: z.boolean() }),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions.read)
      const { open, dismissed } = await proposalsOf(ctx, access.organization)
      return {
        items: open.map(present),
        dismissed: dismissed.map(present),
        can: permissions(access.grant, {
          accept: cookieActions['accept-proposal'],
          dismiss: cookieActions['dismiss-proposal'],
        }),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/cookies/proposals/:id/accept',
    {
      schema: {
        tags,
        summary: 'Add a proposal to the inventory as a new version (the banner asks every visitor again)',
        params: idParams,
        body: z.strictObject({
          category: z
            .enum(COOKIE_CATEGORIES)
            .optional()
            .describe('required when the suggestion has none; a service that exists keeps its own'),
          purpose: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('for a cookie: what it is for, in words for visitors'),
          duration: z
            .string()
            .trim()
            .max(100)
            .optional()
            .describe('for a cookie: as stated to visitors: "2 years"'),
          provider: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('who sets it; required when suggestion.needsOrigin'),
          thirdCountry: z
            .union([z.literal('none'), z.string().regex(/^[A-Z]{2}$/)])
            .optional()
            .describe(
              "ISO code of the country outside the EU/EEA the provider keeps the data in, or 'none' (EU/EEA); required when suggestion.needsOrigin",
            ),
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .optional()
            .describe(
              'for a cookie or storage key longer than 200 characters: a pattern with * that matches it',
            ),
        }),
        response: {
          200: z.object({
            proposal: proposalSchema,
            version: z.number().int().describe('the inventory version saved'),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions['accept-proposal'])
      const { category, purpose, duration, provider, thirdCountry, name } = request.body
      const { proposal, version } = await acceptProposal(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        { category, purpose, duration, provider, thirdCountry, name },
      )
      return { proposal: present(proposal), version }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/cookies/proposals/:id/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss a proposal: the same cookie name or host is not proposed again',
        params: idParams,
        response: { 200: proposalSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, cookieActions['dismiss-proposal'])
      return present(await dismissProposal(ctx, access.actor, access.organization, request.params.id))
    },
  )
}
