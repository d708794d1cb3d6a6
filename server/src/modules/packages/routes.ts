import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { packageActions } from './policy'
import { deletePackageContent, issuePackageLink, listPackages, type PackageSummary } from './service'

const requestParams = slugParams.extend({ id: z.uuid() })
const packageParams = requestParams.extend({ packageId: z.uuid() })

const packageSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  language: z.enum(['nl', 'fr', 'en']),
  size: z.number().int().describe('bytes of the zip'),
  sha256: z.string().describe('SHA-256 of the zip, hex'),
  createdAt: z.string(),
  expiresAt: z.string().describe('when the current link (or the unlinked package) expires'),
  linkIssued: z.boolean(),
  available: z.boolean().describe('the content is still stored: not downloaded, deleted or purged'),
  downloadedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
})
const linkSchema = z.object({
  url: z.string().describe('the secret link; shown once, only its hash is stored'),
  expiresAt: z.string(),
  availableUntil: z.iso.date().describe('last Brussels day the link works'),
})

function present(p: PackageSummary) {
  return {
    id: p.id,
    fileName: p.fileName,
    language: p.language,
    size: p.sizeBytes,
    sha256: p.sha256,
    createdAt: p.createdAt.toISOString(),
    expiresAt: p.expiresAt.toISOString(),
    linkIssued: p.linkIssued,
    available: p.available,
    downloadedAt: p.downloadedAt?.toISOString() ?? null,
    deletedAt: p.deletedAt?.toISOString() ?? null,
  }
}

/** Staff side of the answer packages of a request: list, a new download link for the agent to send, delete. */
export function registerPackageRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/requests/:id/packages'

  app.get(
    base,
    {
      schema: {
        tags: tags.requests,
        summary: 'The answer packages (zip) built for the request, newest first; never their content',
        params: requestParams,
        response: {
          200: z.object({
            items: z.array(packageSchema),
            can: z
              .object({ issueLink: z.boolean(), delete: z.boolean() })
              .describe('what the caller may do: issue a new download link, delete a package'),
          }),
        },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, packageActions.list)
      const items = await listPackages(ctx, organization.id, request.params.id)
      return {
        items: items.map(present),
        can: permissions(grant, { issueLink: packageActions.issue, delete: packageActions.revoke }),
      }
    },
  )

  app.post(
    `${base}/:packageId/link`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary:
          'Issue a new single-use download link (the previous one stops working) for the agent to send to the subject',
        params: packageParams,
        response: { 200: linkSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, packageActions.issue)
      const link = await issuePackageLink(ctx, request.params.packageId, {
        actor: access.actor,
        organizationId: access.organization.id,
        requestId: request.params.id,
      })
      return { url: link.url, expiresAt: link.expiresAt.toISOString(), availableUntil: link.availableUntil }
    },
  )

  app.delete(
    `${base}/:packageId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: 'Delete the package content now (its link stops working); the record stays',
        params: packageParams,
        response: { 200: packageSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, packageActions.revoke)
      const after = await deletePackageContent(
        ctx,
        access.actor,
        access.organization.id,
        request.params.id,
        request.params.packageId,
      )
      return present(after)
    },
  )
}
