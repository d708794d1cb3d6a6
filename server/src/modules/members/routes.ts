import { z } from 'zod'
import { roleMay } from '../../auth/policy'
import type { AppContext } from '../../context'
import { emailSchema, languageSchema, roleSchema, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { requestActions } from '../requests'
import { memberActions, memberCanSchema, memberPermissions } from './policy'
import { addMember, changeMemberRole, membersOf, removeMember } from './service'

const memberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  totpEnabled: z.boolean(),
  invitationPending: z.boolean(),
  memberSince: z.string(),
  handlesRequests: z
    .boolean()
    .describe('the role may handle data subject requests (request:handle): a possible assignee'),
})
const memberParams = slugParams.extend({ userId: z.uuid() })

export function registerMemberRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/members',
    {
      schema: {
        tags: tags.members,
        summary: 'Members of the organisation and their roles',
        params: slugParams,
        response: { 200: z.object({ items: z.array(memberSchema), can: memberCanSchema }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, memberActions.list)
      const members = await membersOf(ctx, organization)
      return {
        items: members.map(({ memberSince, ...m }) => ({
          ...m,
          memberSince: memberSince.toISOString(),
          handlesRequests: roleMay(m.role, requestActions.handle),
        })),
        can: memberPermissions(grant),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/members',
    {
      schema: {
        tags: tags.members,
        summary: 'Add a member (an unknown address is invited by e-mail)',
        params: slugParams,
        body: z.strictObject({
          email: emailSchema.describe(
            'an address without an account gets an invitation to choose a password',
          ),
          role: roleSchema.describe('what the member may do: owner, privacy_officer, agent or auditor'),
          displayName: z
            .string()
            .trim()
            .min(1)
            .max(120)
            .optional()
            .describe('the name shown for a new account'),
          language: languageSchema.optional().describe('the language of the invitation and of a new account'),
        }),
        response: { 201: z.object({ userId: z.string() }) },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, memberActions.add)
      const userId = await addMember(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send({ userId })
    },
  )

  app.patch(
    '/api/v1/orgs/:slug/members/:userId',
    {
      schema: {
        tags: tags.members,
        summary: "Change a member's role",
        params: memberParams,
        body: z.strictObject({
          role: roleSchema.describe('the new role: owner, privacy_officer, agent or auditor'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, memberActions['change-role'])
      await changeMemberRole(ctx, access.actor, access.organization, request.params.userId, request.body.role)
      return reply.code(204).send(null)
    },
  )

  app.delete(
    '/api/v1/orgs/:slug/members/:userId',
    {
      schema: {
        tags: tags.members,
        summary: 'Remove a member',
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, memberActions.remove)
      await removeMember(ctx, access.actor, access.organization, request.params.userId)
      return reply.code(204).send(null)
    },
  )
}
