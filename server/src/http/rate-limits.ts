import rateLimit from '@fastify/rate-limit'
import type { AppContext } from '../context'
import { databaseRateLimitStore } from './rate-limit-store'
import type { App } from './types'

/**
 * HTTP rate limits, counted across every web process: in Redis when CUSTOS_REDIS_URL is set, otherwise in the
 * application database (PostgreSQL or the embedded one). No limit applies unless a route asks for it with
 * `config: { rateLimit: { max, timeWindow } }`; the client is identified by a keyed hash of its address (the
 * address itself is never stored), which is the proxy's X-Forwarded-For client with CUSTOS_TRUST_PROXY=true.
 */
export async function installRateLimits(app: App, ctx: AppContext): Promise<void> {
  // ioredis is loaded only when Redis is configured.
  const redis = ctx.config.redisUrl
    ? new (await import('ioredis')).Redis(ctx.config.redisUrl, {
        maxRetriesPerRequest: 2,
        enableOfflineQueue: true,
        lazyConnect: false,
      })
    : undefined
  if (redis) {
    redis.on('error', (err) => ctx.logger.warn({ err }, 'Redis (rate limits) unavailable'))
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect())
    })
  }
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => ctx.encryption.blindIndex(request.ip, 'rate-limit-source'),
    ...(redis ? { redis, nameSpace: 'custos-rate-limit:' } : { store: databaseRateLimitStore(ctx.db) }),
    errorResponseBuilder: (_req, context) => ({
      statusCode: 429,
      message: `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  })
}
