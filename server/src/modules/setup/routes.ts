import { z } from 'zod'
import type { AppContext } from '../../context'
import { SESSION_COOKIE } from '../../http/authenticate'
import { emailSchema, languageSchema, passwordSchema, tags } from '../../http/common-schemas'
import type { App } from '../../http/types'
import { login } from '../auth'
import { enterpriseNumberSchema, legalFormSchema, slugSchema } from '../organizations'
import { completeSetup, setupRequired } from './service'

const text = (max: number) => z.string().trim().min(1).max(max)

const setupBodySchema = z.strictObject({
  setupCode: z.string().min(1).max(40).describe('the code printed by `custos start`, e.g. K7QD-M2XA-9PRT'),
  account: z
    .strictObject({
      displayName: text(200).describe('your name, as other members will see it'),
      email: emailSchema.describe('the e-mail address you will sign in with'),
      password: passwordSchema.describe('at least 12 characters, not a common password'),
      language: languageSchema.describe('the language of the interface and of mails to this account'),
    })
    .describe('the first account: an installation administrator and owner of the organisation'),
  organization: z
    .strictObject({
      slug: slugSchema.describe(
        'the organisation in every address: /p/{slug}/privacy (can be changed later)',
      ),
      name: text(200).describe('the name people know the organisation by'),
      legalName: text(200).describe('the legal name as registered in the KBO/BCE'),
      legalForm: legalFormSchema.describe('the legal form, e.g. bv, nv, vzw, sole_trader'),
      enterpriseNumber: enterpriseNumberSchema
        .nullable()
        .describe(
          'the KBO/BCE enterprise number (check digits verified); null for an organisation without one',
        ),
      street: text(200).describe('street and number of the registered address'),
      postalCode: text(20).describe('postal code of the address, e.g. 9000'),
      city: text(100).describe('municipality of the address, e.g. Gent'),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. BE')
        .default('BE')
        .describe('country of the address, ISO 3166-1 alpha-2 (default BE)'),
      languages: z.array(languageSchema).min(1).max(3).describe('the languages of the privacy notice'),
      defaultLanguage: languageSchema.describe('the language used when a person’s own is not known'),
      privacyContactName: text(200).describe('the privacy contact person or the DPO'),
      privacyContactEmail: emailSchema.describe('where data subjects write about their data'),
      dpoAppointed: z
        .boolean()
        .describe('true: a data protection officer (Art. 37 GDPR); false: a contact person'),
    })
    .describe('your organisation, as its privacy notice and letters will name it'),
})

export function registerSetupRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/setup',
    {
      schema: {
        tags: tags.setup,
        summary: 'Whether the first-run set-up is still to be done',
        response: { 200: z.object({ required: z.boolean() }) },
      },
    },
    async () => ({ required: await setupRequired(ctx.db) }),
  )

  app.post(
    '/api/v1/setup',
    {
      config: { csrfExempt: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: tags.setup,
        summary: 'Create the first account and its organisation with the set-up code; signs in',
        body: setupBodySchema,
        response: {
          201: z.object({ slug: z.string(), csrfToken: z.string(), secondFactorRequired: z.boolean() }),
        },
      },
    },
    async (request, reply) => {
      const { organization } = await completeSetup(ctx, request.body)
      const session = await login(ctx, {
        email: request.body.account.email,
        password: request.body.account.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      })
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.cookieSecure,
        path: '/',
        expires: session.expiresAt,
      })
      return reply.code(201).send({
        slug: organization.slug,
        csrfToken: session.csrfToken,
        secondFactorRequired: session.secondFactorRequired,
      })
    },
  )
}
