import { z } from 'zod'
import type { AppContext } from '../../context'
import { languageSchema, passwordSchema, tags } from '../../http/common-schemas'
import { actorOf, requireUser } from '../../http/principal'
import type { App } from '../../http/types'
import { requirePendingOrUser } from '../auth'
import { membershipSchema } from '../organizations'
import { changePassword, describeMe, disableTotp, enableTotp, startTotpSetup, updateProfile } from './service'

const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    preferredLanguage: languageSchema,
    totpEnabled: z.boolean(),
    actionDigest: z
      .boolean()
      .describe('receives the weekly mail of their pending actions in the action plan (default on)'),
  }),
  memberships: z.array(membershipSchema),
  /** Creating an organisation is an installation-level right (CUSTOS_ORG_CREATION). */
  canCreateOrganizations: z.boolean(),
  /** Sets the installation's mail server and reads its own mail (password resets). */
  installationAdmin: z.boolean(),
  /** CUSTOS_PUBLIC_URL: the base of every public address (portal, notice, download links), as mails give them. */
  publicUrl: z.string(),
  csrfToken: z.string(),
  secondFactorPending: z.boolean(),
})

export function registerMeRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/me',
    {
      config: { allowPendingSecondFactor: true },
      schema: {
        tags: tags.me,
        summary: 'The signed-in user, their organisations, roles and abilities',
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const p = requirePendingOrUser(request)
      const me = await describeMe(ctx, p.userId)
      return {
        ...me,
        memberships: p.secondFactorPending ? [] : me.memberships,
        csrfToken: p.csrfToken,
        secondFactorPending: p.secondFactorPending,
      }
    },
  )

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags: tags.me,
        summary: 'Change your display name, language or the weekly digest of your actions',
        body: z.strictObject({
          displayName: z.string().trim().min(1).max(120).optional().describe('the name other members see'),
          preferredLanguage: languageSchema
            .optional()
            .describe('the language of the interface and of mails to you'),
          actionDigest: z
            .boolean()
            .optional()
            .describe('false: no weekly mail of your pending actions in the action plan; true: receive it'),
        }),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const p = requireUser(request)
      await updateProfile(ctx, { ...actorOf(request), id: p.userId }, request.body)
      return { ...(await describeMe(ctx, p.userId)), csrfToken: p.csrfToken, secondFactorPending: false }
    },
  )

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags: tags.me,
        summary: 'Change your password (ends your other sessions)',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(1024).describe('your current password'),
          newPassword: passwordSchema.describe('the new password (at least 12 characters, not a common one)'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = requireUser(request)
      await changePassword(
        ctx,
        { ...actorOf(request), id: p.userId },
        p.sessionId,
        request.body.currentPassword,
        request.body.newPassword,
      )
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/me/totp/setup',
    {
      schema: {
        tags: tags.me,
        summary: 'Start two-step verification: a secret and QR code for an authenticator app',
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string(), qrCodeSvg: z.string() }) },
      },
    },
    async (request) => startTotpSetup(ctx, requireUser(request).userId),
  )

  app.post(
    '/api/v1/me/totp/enable',
    {
      schema: {
        tags: tags.me,
        summary: 'Confirm two-step verification with a first code',
        body: z.strictObject({
          code: z.string().min(6).max(10).describe('the 6-digit code your authenticator app shows now'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = requireUser(request)
      await enableTotp(ctx, { ...actorOf(request), id: p.userId }, request.body.code)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/me/totp/disable',
    {
      schema: {
        tags: tags.me,
        summary: 'Turn two-step verification off (needs your password)',
        body: z.strictObject({
          password: z.string().min(1).max(1024).describe('your password, to confirm'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = requireUser(request)
      await disableTotp(ctx, { ...actorOf(request), id: p.userId }, request.body.password)
      return reply.code(204).send(null)
    },
  )
}
