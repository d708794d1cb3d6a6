import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../context'
import { listenOnChannel, listenOnEmbeddedPool } from '../db/channel-listener'
import { ApiAccessCache } from './api-access-cache'

export const API_ACCESS_CHANNEL = 'custos_api_access'

declare module 'fastify' {
  interface FastifyRequest {
    /** The tokens and organisations this process keeps while it hears every change (decision 0106). */
    apiAccess: ApiAccessCache | null
  }
  interface FastifyContextConfig {
    /**
     * A write that never changes an organisation row (a consent event, decision 0108; a subject, request, connector
     * run or answer package write, decision 0117): the organisation kept for its slug stays kept after it. Any other
     * write forgets it before its answer leaves.
     */
    keepsOrganization?: boolean
  }
}

/**
 * The API access cache of this web process, trusted only while it listens for the announcements of migration
 * 0087: on PostgreSQL on a session of its own (unless CUSTOS_DB_LISTEN=false), on the embedded database on its one
 * shared session. Changes this process makes through the API are forgotten before the answer leaves, since the
 * announcement may arrive a moment after the commit.
 */
export async function installApiAccessCache(
  app: FastifyInstance,
  ctx: AppContext,
  listen: boolean,
): Promise<ApiAccessCache> {
  const cache = new ApiAccessCache()
  app.decorateRequest('apiAccess', null)
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.url.startsWith('/api/'))
      return payload
    if (request.url.includes('/api-tokens')) cache.forgetTokens()
    const slug = (request.params as { slug?: unknown } | undefined)?.slug
    if (typeof slug === 'string' && request.routeOptions.config?.keepsOrganization !== true)
      cache.forgetOrganization(slug)
    return payload
  })
  if (!listen) return cache
  if (ctx.database.kind === 'embedded') {
    const stop = await listenOnEmbeddedPool(ctx.database.pool, API_ACCESS_CHANNEL, (payload) =>
      cache.changed(payload),
    )
    cache.setTrusted(true)
    app.addHook('onClose', async () => {
      stop()
      cache.setTrusted(false)
    })
  } else if (ctx.config.databaseListen) {
    const listener = listenOnChannel(
      ctx.database.connection,
      API_ACCESS_CHANNEL,
      'custos-api-access',
      { onNotification: (payload) => cache.changed(payload), onListening: (on) => cache.setTrusted(on) },
      ctx.logger,
    )
    app.addHook('onClose', () => listener.close())
  }
  return cache
}
