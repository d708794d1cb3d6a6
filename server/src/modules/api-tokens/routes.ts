import { z } from 'zod'
import { SCOPES, type Scope } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { apiTokenActions, apiTokenCanSchema, apiTokenPermissions } from './policy'
import type { ApiToken } from './repository'
import { apiTokensOf, createApiToken, revokeApiToken } from './service'

const scopeSchema = z.enum(SCOPES as [Scope, ...Scope[]])
const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})

function present(token: ApiToken) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }
}

export function registerApiTokenRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/api-tokens',
    {
      schema: {
        tags: tags.apiTokens,
        summary: 'API tokens of the organisation (never the secret)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(tokenSchema), can: apiTokenCanSchema }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, apiTokenActions.list)
      const tokens = await apiTokensOf(ctx, organization)
      return { items: tokens.map(present), can: apiTokenPermissions(grant) }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/api-tokens',
    {
      config: { idempotent: true },
      schema: {
        tags: tags.apiTokens,
        summary: 'Create an API token; the secret is shown only in this answer',
        params: slugParams,
        body: z.strictObject({
          name: z.string().trim().min(1).max(100).describe('what the token is for, e.g. the integration'),
          scopes: z
            .array(scopeSchema)
            .min(1)
            .describe('resource:read or resource:write grants; only scopes your role holds (docs/api.md)'),
          expiresInDays: z
            .number()
            .int()
            .min(1)
            .max(3650)
            .optional()
            .describe('days until the token stops working; absent: it does not expire'),
        }),
        response: { 201: tokenSchema.extend({ secret: z.string() }) },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, apiTokenActions.create)
      const { token, secret } = await createApiToken(
        ctx,
        access.actor,
        access.organization,
        access.role,
        request.body,
      )
      return reply.code(201).send({ ...present(token), secret })
    },
  )

  app.delete(
    '/api/v1/orgs/:slug/api-tokens/:id',
    {
      schema: {
        tags: tags.apiTokens,
        summary: 'Revoke an API token',
        params: slugParams.extend({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, apiTokenActions.revoke)
      await revokeApiToken(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )
}
