import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import { type Kysely, sql } from 'kysely'
import type { DB } from '../db/schema'

type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0] & {
  routeInfo?: { method?: string; url?: string }
}

/**
 * A @fastify/rate-limit store in the application database, so that every web process counts the same window:
 * one row per limited route and client, incremented atomically (INSERT .. ON CONFLICT) with the database's clock.
 * A window that has ended starts again at 1. Rows of ended windows are removed by `purgeRateLimitCounters`.
 */
export function databaseRateLimitStore(db: Kysely<DB>): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = 'global:',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countHit(db, this.prefix + key, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      )
    }

    child(routeOptions: ChildOptions): FastifyRateLimitStore {
      const route = routeOptions.routeInfo
      return new DatabaseRateLimitStore(undefined, `${route?.method ?? ''} ${route?.url ?? ''}:`)
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor
}

/** Counts one hit in the window of `key` and tells how many the window holds and how long it still runs (ms). */
export async function countHit(
  db: Kysely<DB>,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const { rows } = await sql<{ hits: number; ttl: number }>`
    insert into rate_limit_counters as c (key, hits, resets_at)
    values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when c.resets_at <= now() then 1 else c.hits + 1 end,
      resets_at = case when c.resets_at <= now() then excluded.resets_at else c.resets_at end
    returning hits, ceil(extract(epoch from (resets_at - now())) * 1000)::int as ttl`.execute(db)
  const row = rows[0]
  if (!row) throw new Error('rate limit counter not written')
  return { current: Number(row.hits), ttl: Math.max(0, Number(row.ttl)) }
}

/** Removes the counters of windows that ended (they would start again at 1 anyway). */
export async function purgeRateLimitCounters(db: Kysely<DB>): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_counters')
    .where('resets_at', '<', sql<Date>`now()`)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
