import { randomUUID } from 'node:crypto'
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyBaseLogger, type RouteOptions } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AppContext } from '../context'
import { registerApiTokenRoutes } from '../modules/api-tokens'
import { registerAuditRoutes } from '../modules/audit'
import { registerAuthRoutes } from '../modules/auth'
import { registerConnectorRunRoutes } from '../modules/connector-runs'
import { registerDatasetRoutes } from '../modules/datasets'
import { registerMeRoutes } from '../modules/me'
import { registerMemberRoutes } from '../modules/members'
import { registerNoticeRoutes } from '../modules/notices'
import { registerOrganizationRoutes } from '../modules/organizations'
import { registerOutboxRoutes } from '../modules/outbox'
import { registerPackageRoutes } from '../modules/packages'
import {
  registerDownloadPortalRoutes,
  registerPrivacyPortalRoutes,
  registerRequestPortalRoutes,
} from '../modules/portal'
import {
  registerCatalogueRoutes,
  registerRegisterDocumentRoutes,
  registerRegisterEntryRoutes,
  registerRegisterReportRoutes,
} from '../modules/register'
import { registerRequestRoutes } from '../modules/requests'
import { registerSubjectRoutes } from '../modules/subjects'
import { installAuthentication } from './authenticate'
import { installErrorHandler } from './error-handler'
import { registerHealthRoutes } from './health'
import { installOpenApi } from './openapi'
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
}

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
  }).withTypeProvider<ZodTypeProvider>()
  if (options.onRoute) app.addHook('onRoute', options.onRoute)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
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
  await installOpenApi(app)
  installAuthentication(app, ctx)

  registerHealthRoutes(app, ctx)
  registerAuthRoutes(app, ctx)
  registerMeRoutes(app, ctx)
  registerOrganizationRoutes(app, ctx)
  registerMemberRoutes(app, ctx)
  registerApiTokenRoutes(app, ctx)
  registerAuditRoutes(app, ctx)
  registerOutboxRoutes(app, ctx)
  registerCatalogueRoutes(app, ctx)
  registerRegisterDocumentRoutes(app, ctx)
  registerRegisterEntryRoutes(app, ctx)
  registerRegisterReportRoutes(app, ctx)
  registerNoticeRoutes(app, ctx)
  registerSubjectRoutes(app, ctx)
  const publicPages = await installPublicPageCache(app, ctx, options.listenForChanges !== false)
  registerPrivacyPortalRoutes(app, ctx, publicPages)
  registerRequestRoutes(app, ctx)
  registerRequestPortalRoutes(app, ctx, publicPages)
  registerDatasetRoutes(app, ctx)
  registerConnectorRunRoutes(app, ctx)
  registerPackageRoutes(app, ctx)
  registerDownloadPortalRoutes(app, ctx)
  await installPortalAssets(app)

  if (options.serveWeb !== false) await installStaticWeb(app)
  await app.ready()
  return app
}
