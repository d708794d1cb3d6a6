import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { canonicalJson } from '../audit/canonical-json'
import type { Encryption } from '../crypto/encryption'
import type { DB } from '../db/schema'
import { Conflict, InvalidInput } from '../domain/errors'
import type { App } from './types'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that creates something: honours the Idempotency-Key header (http/idempotency.ts). */
    idempotent?: boolean
  }
  interface FastifyRequest {
    idempotency?: { organizationId: string; principal: string; key: string }
  }
}

/** How long the first answer to a key is kept and replayed. */
export const IDEMPOTENCY_HOURS = 24
const HEADER = 'idempotency-key'
const KEY = /^[\x21-\x7e]{1,255}$/

export interface IdempotencyOptions {
  db: Kysely<DB>
  /** Answers are kept encrypted: they may hold personal data or a secret shown once. */
  encryption: Encryption
  /** The organisation a route's `slug` names (keys are scoped per organisation and principal). */
  organizationIdOf(slug: string): Promise<string | undefined>
}

/**
 * `Idempotency-Key` on the routes flagged `config: { idempotent: true }` (decision 0027): the first request with
 * a key runs and its answer (status and body, not a 5xx) is kept 24 hours; the same key with the same method,
 * URL and body replays that answer (header `Idempotent-Replayed: true`) without running again; with another
 * body it is refused (422 idempotency_key_reused); while the first is still running, 409. Keys are scoped per
 * organisation and principal (user or API token), so two integrators never see each other's answers.
 */
export function installIdempotency(app: App, options: IdempotencyOptions): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return
    const header = request.headers[HEADER]
    if (header === undefined) return
    const key = Array.isArray(header) ? header[0] : header
    if (key === undefined || !KEY.test(key))
      throw new InvalidInput([
        {
          path: 'headers.idempotency-key',
          code: 'invalid_format',
          message: 'An Idempotency-Key is 1 to 255 visible ASCII characters (a UUID is a good choice).',
        },
      ])
    const p = request.principal
    const slug = (request.params as { slug?: unknown }).slug
    if (!p || (p.kind === 'user' && p.secondFactorPending) || typeof slug !== 'string') return
    const organizationId = await options.organizationIdOf(slug)
    // Not found or not the caller's: the handler answers that, and nothing is kept.
    if (!organizationId || (p.kind === 'api_token' && p.organizationId !== organizationId)) return
    const scope = {
      organizationId,
      principal: p.kind === 'user' ? `user:${p.userId}` : `token:${p.tokenId}`,
      key,
    }
    const requestHash = createHash('sha256')
      .update(canonicalJson({ method: request.method, url: request.url, body: request.body ?? null }))
      .digest('hex')
    for (let round = 0; round < 2; round += 1) {
      const now = new Date()
      const claimed = await options.db
        .insertInto('idempotency_keys')
        .values({
          organization_id: scope.organizationId,
          principal: scope.principal,
          key,
          request_hash: requestHash,
          expires_at: new Date(now.getTime() + IDEMPOTENCY_HOURS * 3_600_000),
        })
        .onConflict((oc) => oc.columns(['organization_id', 'principal', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst()
      if (claimed) {
        request.idempotency = scope
        return
      }
      const first = await options.db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('organization_id', '=', scope.organizationId)
        .where('principal', '=', scope.principal)
        .where('key', '=', key)
        .executeTakeFirst()
      if (!first) continue
      if (first.expires_at <= now) {
        await forget(options.db, scope, first.expires_at)
        continue
      }
      if (first.request_hash !== requestHash)
        throw new InvalidInput(
          [
            {
              path: 'headers.idempotency-key',
              code: 'idempotency_key_reused',
              message: 'This key was used for a different request.',
            },
          ],
          'This Idempotency-Key was already used for a different request in the last 24 hours; use a new key.',
          'idempotency_key_reused',
        )
      if (first.status_code === null)
        throw new Conflict(
          'idempotency_key_in_progress',
          'A request with this Idempotency-Key is still being handled; try again in a moment.',
        )
      const body =
        first.response_body === null
          ? ''
          : options.encryption.decrypt(first.response_body, answerContext(scope))
      return replay(reply, first.status_code, first.content_type, body)
    }
  })

  app.addHook('onSend', async (request, reply, payload) => {
    const scope = request.idempotency
    if (!scope) return payload
    request.idempotency = undefined
    if (reply.statusCode >= 500 || (typeof payload !== 'string' && payload !== null)) {
      // A failure of ours (or a stream we do not keep): the integrator's retry runs again.
      await forget(options.db, scope)
      return payload
    }
    await options.db
      .updateTable('idempotency_keys')
      .set({
        status_code: reply.statusCode,
        content_type: String(reply.getHeader('content-type') ?? ''),
        response_body: options.encryption.encrypt(payload ?? '', answerContext(scope)),
      })
      .where('organization_id', '=', scope.organizationId)
      .where('principal', '=', scope.principal)
      .where('key', '=', scope.key)
      .execute()
    return payload
  })
}

type Scope = NonNullable<FastifyRequest['idempotency']>

const answerContext = (scope: Scope) => `idempotency:${scope.organizationId}:${scope.principal}:${scope.key}`

function replay(reply: FastifyReply, status: number, contentType: string | null, body: string) {
  reply.code(status).header('idempotent-replayed', 'true')
  if (contentType) reply.header('content-type', contentType)
  return reply.send(body)
}

async function forget(db: Kysely<DB>, scope: Scope, expiredAt?: Date): Promise<void> {
  let query = db
    .deleteFrom('idempotency_keys')
    .where('organization_id', '=', scope.organizationId)
    .where('principal', '=', scope.principal)
    .where('key', '=', scope.key)
  if (expiredAt) query = query.where('expires_at', '=', expiredAt)
  await query.execute()
}

/** Keys past their 24 hours (the `idempotency.purge` job). */
export async function purgeIdempotencyKeys(db: Kysely<DB>, now = new Date()): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('expires_at', '<', now).executeTakeFirst()
  return Number(result.numDeletedRows)
}
