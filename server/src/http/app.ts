import { randomUUID } from 'node:crypto'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions, type RouteOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AppContext } from '../context'
import { actionPlanOperations, registerActionPlanRoutes } from '../modules/action-plan'
import { apiTokenOperations, registerApiTokenRoutes } from '../modules/api-tokens'
import { auditOperations, registerAuditRoutes } from '../modules/audit'
import { authOperations, registerAuthRoutes } from '../modules/auth'
import { breachOperations, registerBreachRoutes } from '../modules/breaches'
import { complianceOperations, registerComplianceRoutes } from '../modules/compliance'
import { connectorRunOperations, registerConnectorRunRoutes } from '../modules/connector-runs'
import {
  consentOperations,
  listenForPurposeChanges,
  registerConsentRoutes,
  registerPreferenceRoutes,
} from '../modules/consent'
import { cookieOperations, registerCookiePublicRoutes, registerCookieRoutes } from '../modules/cookies'
import { datasetOperations, registerDatasetRoutes } from '../modules/datasets'
import { dpiaOperations, registerDpiaRoutes } from '../modules/dpia'
import { meOperations, registerMeRoutes } from '../modules/me'
import { memberOperations, registerMemberRoutes } from '../modules/members'
import { noticeOperations, registerNoticeRoutes } from '../modules/notices'
import {
  currentSlugOf,
  findOrganizationBySlug,
  organizationOperations,
  registerOrganizationRoutes,
} from '../modules/organizations'
import { outboxOperations, registerOutboxRoutes } from '../modules/outbox'
import { packageOperations, registerPackageRoutes } from '../modules/packages'
import {
  registerDownloadPortalRoutes,
  registerPrivacyPortalRoutes,
  registerRequestPortalRoutes,
  registerSubprocessorPortalRoutes,
} from '../modules/portal'
import { processorOperations, registerProcessorRoutes } from '../modules/processors'
import {
  registerCatalogueRoutes,
  registerOperations,
  registerRegisterDocumentRoutes,
  registerRegisterEntryRoutes,
  registerRegisterReportRoutes,
} from '../modules/register'
import { registerRequestRoutes, requestOperations } from '../modules/requests'
import { registerRetentionRoutes, retentionOperations } from '../modules/retention'
import { registerSampleRoutes, sampleOperations } from '../modules/samples'
import { registerSetupRoutes, setupOperations } from '../modules/setup'
import { registerSubjectRoutes, subjectOperations } from '../modules/subjects'
import { registerSuppressionRoutes, suppressionOperations } from '../modules/suppression'
import { registerWebhookRoutes, webhookOperations } from '../modules/webhooks'
import { installApiAccessCache } from './api-access'
import { installAuthentication } from './authenticate'
import { installErrorHandler } from './error-handler'
import { healthOperations, registerHealthRoutes } from './health'
import { installIdempotency } from './idempotency'
import { installOpenApi } from './openapi'
import type { OpenApiServer, OperationCatalogue } from './openapi-catalogue'
import { installPublicPageCache } from './public-pages/install'
import { installRateLimits } from './rate-limits'
import { installSecurityHeaders } from './security'
import { installPortalAssets, installStaticWeb } from './static-web'
import { installTextInputGuard } from './text-input'
import type { App } from './types'

export interface BuildAppOptions {
  serveWeb?: boolean
  /** Logger override (tests pass false). */
  logger?: boolean
  /** Told about every route as it is registered (the generated test sweeps use it to reach hidden routes too). */
  onRoute?: (route: RouteOptions) => void
  /** Listen for announced public-page changes; false where there is no database (the offline OpenAPI build). */
  listenForChanges?: boolean
  /** The OpenAPI document's server; the configured public URL unless given (the committed document has a template). */
  openApiServer?: OpenApiServer
}

/**
 * What the OpenAPI document says about every operation beyond its schemas (decision 0026): one catalogue per
 * feature, `modules/<feature>/operations.ts`. A new route needs an entry there (openapi-catalogue.test.ts fails
 * without one); a new feature adds its catalogue here.
 */
export const OPERATION_CATALOGUES: readonly OperationCatalogue[] = [
  healthOperations,
  authOperations,
  setupOperations,
  meOperations,
  organizationOperations,
  sampleOperations,
  memberOperations,
  apiTokenOperations,
  webhookOperations,
  retentionOperations,
  dpiaOperations,
  actionPlanOperations,
  complianceOperations,
  suppressionOperations,
  breachOperations,
  auditOperations,
  outboxOperations,
  registerOperations,
  noticeOperations,
  subjectOperations,
  requestOperations,
  packageOperations,
  datasetOperations,
  connectorRunOperations,
  consentOperations,
  processorOperations,
  cookieOperations,
]

/** The zod compilers as Fastify's own: set this way, Fastify's defaults (Ajv, fast-json-stringify) are never loaded. */
const ZOD_COMPILERS = {
  compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
} as unknown as FastifyServerOptions['schemaController']

/** Builds the HTTP application: thin routes over services, every route with a zod schema. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: (options.logger === false ? undefined : ctx.logger) as FastifyBaseLogger | undefined,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID()
    },
    bodyLimit: 1_048_576,
    trustProxy: process.env.CUSTOS_TRUST_PROXY === 'true',
    // Every route's schemas are zod: validated and serialised by the zod compilers from the start, so Fastify never
    // loads its default ones (Ajv and fast-json-stringify, ~0.2 s of a start's CPU; docs/decisions/0118).
    schemaController: ZOD_COMPILERS,
  }).withTypeProvider<ZodTypeProvider>()
  if (options.onRoute) app.addHook('onRoute', options.onRoute)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store')
  })

  installErrorHandler(app)
  installTextInputGuard(app)
  await installSecurityHeaders(app, { https: ctx.config.publicUrl.startsWith('https://') })
  await app.register(cookie)
  await app.register(formbody, { bodyLimit: 16_384 })
  await installRateLimits(app, ctx)
  await installOpenApi(app, {
    catalogues: OPERATION_CATALOGUES,
    server: options.openApiServer ?? { url: ctx.config.publicUrl, description: 'This installation' },
  })
  installAuthentication(app, ctx, await installApiAccessCache(app, ctx, options.listenForChanges !== false))
  await listenForPurposeChanges(app, ctx, options.listenForChanges !== false)
  installIdempotency(app, {
    db: ctx.db,
    encryption: ctx.encryption,
    organizationIdOf: async (slug) => (await findOrganizationBySlug(ctx.db, slug))?.id,
  })

  registerHealthRoutes(app, ctx)
  registerAuthRoutes(app, ctx)
  registerSetupRoutes(app, ctx)
  registerMeRoutes(app, ctx)
  registerOrganizationRoutes(app, ctx)
  registerSampleRoutes(app, ctx)
  registerMemberRoutes(app, ctx)
  registerApiTokenRoutes(app, ctx)
  registerWebhookRoutes(app, ctx)
  registerRetentionRoutes(app, ctx)
  registerBreachRoutes(app, ctx)
  registerAuditRoutes(app, ctx)
  registerOutboxRoutes(app, ctx)
  registerCatalogueRoutes(app, ctx)
  registerRegisterDocumentRoutes(app, ctx)
  registerRegisterEntryRoutes(app, ctx)
  registerRegisterReportRoutes(app, ctx)
  registerNoticeRoutes(app, ctx)
  registerSubjectRoutes(app, ctx)
  registerConsentRoutes(app, ctx)
  registerDpiaRoutes(app, ctx)
  registerActionPlanRoutes(app, ctx)
  registerComplianceRoutes(app, ctx)
  registerPreferenceRoutes(app, ctx)
  const publicPages = await installPublicPageCache(app, ctx, options.listenForChanges !== false, (slug) =>
    currentSlugOf(ctx.db, slug),
  )
  registerPrivacyPortalRoutes(app, ctx, publicPages)
  registerRequestRoutes(app, ctx)
  registerSuppressionRoutes(app, ctx)
  registerRequestPortalRoutes(app, ctx, publicPages)
  registerDatasetRoutes(app, ctx)
  registerConnectorRunRoutes(app, ctx)
  registerPackageRoutes(app, ctx)
  registerProcessorRoutes(app, ctx)
  registerSubprocessorPortalRoutes(app, ctx, publicPages)
  registerDownloadPortalRoutes(app, ctx)
  registerCookieRoutes(app, ctx)
  registerCookiePublicRoutes(app, ctx)
  await installPortalAssets(app)

  if (options.serveWeb !== false) await installStaticWeb(app)
  await app.ready()
  return app
}
