import { z } from 'zod'
import type { AppContext } from '../../context'
import { OPTIONAL_CATEGORIES } from '../../domain/cookies/catalogue'
import type { App } from '../../http/types'
import { findOrganizationBySlug } from '../organizations'
import { bannerBundles, dialogWith, loaderWith } from './assets'
import { bannerConfig } from './banner-config'
import { recordServed, storeChoice } from './choices'
import { declarationPage, pickDeclarationLanguage } from './declaration-page'
import { latestInventory, siteSettings } from './repository'

const JS = 'text/javascript; charset=utf-8'
const slugPattern = /^[a-z0-9][a-z0-9-]{0,62}$/

/** What the banner posts (text/plain JSON, so a browser sends it cross-site without a preflight). */
const eventSchema = z.strictObject({
  t: z.enum(['served', 'choice']),
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  v: z.number().int().min(0),
  l: z.string().max(10).optional(),
  u: z.string().max(500).optional(),
  m: z.enum(['accept', 'reject', 'save', 'gpc']).optional(),
  g: z.array(z.enum(OPTIONAL_CATEGORIES)).max(3).optional(),
  r: z.array(z.enum(OPTIONAL_CATEGORIES)).max(3).optional(),
})

async function setupOf(ctx: AppContext, slug: string) {
  if (!slugPattern.test(slug)) return undefined
  const org = await findOrganizationBySlug(ctx.db, slug)
  if (!org) return undefined
  const [latest, settings] = await Promise.all([
    latestInventory(ctx.db, org.id),
    siteSettings(ctx.db, org.id),
  ])
  const inventory = latest?.inventory ?? { services: [] }
  const version = latest?.version ?? 0
  return { org, inventory, version, config: bannerConfig(slug, version, inventory, settings.reconsentDays) }
}

/**
 * The banner's public routes (issue 18): the loader /c/{slug}.js, the dialog /c/{slug}/ui.js, the events the
 * banner posts, and the cookie declaration /p/{slug}/cookies. Other sites load the scripts, so they may be read
 * cross-origin (Cross-Origin-Resource-Policy) and cached briefly.
 */
export function registerCookiePublicRoutes(app: App, ctx: AppContext) {
  app.get(
    '/c/:file',
    { schema: { hide: true, params: z.object({ file: z.string().max(80) }) } },
    async (request, reply) => {
      const slug = /^(.*)\.js$/.exec(request.params.file)?.[1] ?? ''
      const setup = await setupOf(ctx, slug)
      reply
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'public, max-age=300')
      if (!setup) return reply.code(404).type(JS).send('/* Custos: no such organisation */\n')
      const { loader } = await bannerBundles()
      return reply.type(JS).send(loaderWith(loader, setup.config.loader))
    },
  )

  app.get(
    '/c/:slug/ui.js',
    { schema: { hide: true, params: z.object({ slug: z.string().max(63) }) } },
    async (request, reply) => {
      const setup = await setupOf(ctx, request.params.slug)
      reply
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'public, max-age=300')
      if (!setup) return reply.code(404).type(JS).send('/* Custos: no such organisation */\n')
      const { ui } = await bannerBundles()
      return reply.type(JS).send(dialogWith(ui, setup.config.dialog))
    },
  )

  app.post(
    '/c/:slug/events',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { hide: true, params: z.object({ slug: z.string().max(63) }), body: z.string().max(4000) },
    },
    async (request, reply) => {
      reply.header('access-control-allow-origin', '*')
      let parsed: unknown
      try {
        parsed = JSON.parse(request.body)
      } catch {
        return reply.code(400).type('text/plain').send('Not JSON')
      }
      const event = eventSchema.safeParse(parsed)
      if (!event.success || (event.data.t === 'choice' && !event.data.m))
        return reply.code(400).type('text/plain').send('Not a banner event')
      const setup = await setupOf(ctx, request.params.slug)
      if (!setup) return reply.code(404).type('text/plain').send('No such organisation')
      const e = event.data
      const common = { consentId: e.id, inventoryVersion: e.v, language: e.l ?? null, pageUrl: e.u ?? null }
      if (e.t === 'served') await recordServed(ctx, setup.org, common)
      else
        await storeChoice(ctx, setup.org, {
          ...common,
          method: e.m ?? 'save',
          granted: e.g ?? [],
          refused: e.r ?? [],
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        })
      return reply.code(204).send()
    },
  )

  app.get(
    '/p/:slug/cookies',
    {
      schema: {
        hide: true,
        params: z.object({ slug: z.string().max(63) }),
        querystring: z.object({ lang: z.string().max(10).optional() }).passthrough(),
      },
    },
    async (request, reply) => {
      const language = pickDeclarationLanguage(request.query.lang, request.headers['accept-language'])
      const setup = await setupOf(ctx, request.params.slug)
      if (!setup) return reply.code(404).type('text/plain; charset=utf-8').send('Not found')
      return reply.type('text/html; charset=utf-8').send(
        declarationPage({
          language,
          organizationName: setup.org.name,
          slug: setup.org.slug,
          version: setup.version,
          inventory: setup.inventory,
        }),
      )
    },
  )
}
