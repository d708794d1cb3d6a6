import { z } from 'zod'
import type { AppContext } from '../../context'
import { SESSION_COOKIE } from '../../http/authenticate'
import { emailSchema, passwordSchema, tags } from '../../http/common-schemas'
import type { App } from '../../http/types'
import { requirePendingOrUser } from './pending-user'
import { completeTotpLogin, confirmPasswordReset, login, requestPasswordReset } from './service'
import { deleteSession } from './session-repository'

const loginLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } }

export function registerAuthRoutes(app: App, ctx: AppContext) {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    path: '/',
  } as const

  app.post(
    '/api/v1/auth/login',
    {
      config: { csrfExempt: true, ...loginLimit },
      schema: {
        tags: tags.auth,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: z.strictObject({
          email: z.string().min(1).max(254).describe('the e-mail address of your account'),
          password: z.string().min(1).max(1024).describe('your password'),
        }),
        response: { 200: z.object({ secondFactorRequired: z.boolean(), csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const session = await login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      })
      reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt })
      return { secondFactorRequired: session.secondFactorRequired, csrfToken: session.csrfToken }
    },
  )

  app.post(
    '/api/v1/auth/login/totp',
    {
      config: { allowPendingSecondFactor: true, ...loginLimit },
      schema: {
        tags: tags.auth,
        summary: 'Complete sign-in with the code from an authenticator app',
        body: z.strictObject({
          code: z.string().min(6).max(10).describe('the 6-digit code your authenticator app shows now'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const p = requirePendingOrUser(request)
      await completeTotpLogin(ctx, p, request.body.code, request.ip)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/auth/logout',
    {
      config: { allowPendingSecondFactor: true },
      schema: { tags: tags.auth, summary: 'Sign out', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.principal?.kind === 'user') await deleteSession(ctx.db, request.principal.sessionId)
      reply.clearCookie(SESSION_COOKIE, cookieOptions)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { csrfExempt: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: tags.auth,
        summary: 'Ask for a password reset link (same answer whether or not the address is known)',
        body: z.strictObject({
          email: emailSchema.describe(
            'the e-mail address of the account; the answer is the same whether it exists or not',
          ),
        }),
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email)
      return reply.code(202).send({ status: 'accepted' as const })
    },
  )

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { csrfExempt: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: tags.auth,
        summary: 'Choose a new password with the token from a reset or invitation link',
        body: z.strictObject({
          token: z.string().min(10).max(200).describe('the token from the link in the reset mail'),
          password: passwordSchema.describe('the new password (at least 12 characters, not a common one)'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(ctx, request.body.token, request.body.password, request.id)
      return reply.code(204).send(null)
    },
  )
}
