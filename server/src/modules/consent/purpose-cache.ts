import type { AppContext } from '../../context'
import { listenOnChannel, listenOnEmbeddedPool } from '../../db/channel-listener'
import type { App } from '../../http/types'
import { REGISTER_CHANNEL } from '../register'

/** Organisations kept at most (the oldest go first). */
const MAX_ENTRIES = 10_000
/**
 * How long a copy is used without asking, while trusted, before its revision is read again: the bound on a change
 * missed while the listening session looked alive but was not (as for the API access cache, review V14).
 */
export const MAX_AGE_MS = 30_000

interface Kept<T> {
  /** The register revision read before the value was derived (never older than what the value shows). */
  revision: number
  value: T
  /** When the revision was read (this process's clock, ms). */
  readAt: number
}

/**
 * What a process derives from an organisation's register and keeps in memory (decision 0117): used without asking
 * only while this process hears every change announced (NOTIFY custos_register, migration 0099) and at most
 * MAX_AGE_MS; otherwise - a worker, a web process whose listening session is down, CUSTOS_DB_LISTEN=false, or a
 * caller that asks for a checked copy - each use reads the register's revision (one indexed row) and derives the
 * value again only when it moved. Either way a purpose changed or ended in the register, by any process, command or
 * SQL statement, is not used once the change is announced or its revision read.
 */
export class RegisterDerivedCache<T> {
  private readonly kept = new Map<string, Kept<T>>()
  /** Raised by every announcement: a value derived while one arrived is not kept. */
  private epoch = 0
  private trusted = false

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly maxAgeMs: number = MAX_AGE_MS,
  ) {}

  async get(
    organizationId: string,
    options: { checked: boolean },
    revisionOf: () => Promise<number>,
    derive: () => Promise<T>,
  ): Promise<T> {
    const kept = this.kept.get(organizationId)
    if (kept && this.trusted && !options.checked && this.clock() - kept.readAt < this.maxAgeMs)
      return kept.value
    const epoch = this.epoch
    const readAt = this.clock()
    const revision = await revisionOf()
    if (kept && kept.revision === revision) {
      if (epoch === this.epoch) kept.readAt = readAt
      return kept.value
    }
    const value = await derive()
    if (epoch === this.epoch) {
      this.kept.delete(organizationId)
      if (this.kept.size >= MAX_ENTRIES) this.kept.delete(this.kept.keys().next().value as string)
      this.kept.set(organizationId, { revision, value, readAt })
    }
    return value
  }

  /** An announcement: the register of `organizationId` changed (anything not an id drops everything). */
  changed(organizationId: string): void {
    this.epoch++
    if (organizationId) this.kept.delete(organizationId)
    else this.kept.clear()
  }

  forgetAll(): void {
    this.epoch++
    this.kept.clear()
  }

  /** Listening (true): announcements reach this process; lost (false): what was announced meanwhile is unknown. */
  setTrusted(trusted: boolean): void {
    this.forgetAll()
    this.trusted = trusted
  }
}

const REGISTER_WRITE = /^\/api\/v1\/orgs\/[^/]+\/register(?:[/?]|$)/

/**
 * Lets this web process trust what it derived from registers while it hears their changes announced: on
 * PostgreSQL on a session of its own (unless CUSTOS_DB_LISTEN=false), on the embedded database on its one shared
 * session. A register written through this process is forgotten before the answer leaves, since the announcement
 * may arrive a moment after the commit.
 */
export async function listenForRegisterChanges<T>(
  app: App,
  ctx: AppContext,
  cacheOf: () => RegisterDerivedCache<T>,
  listen: boolean,
): Promise<void> {
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && REGISTER_WRITE.test(request.url))
      cacheOf().forgetAll()
    return payload
  })
  if (!listen) return
  const cache = cacheOf()
  if (ctx.database.kind === 'embedded') {
    const stop = await listenOnEmbeddedPool(ctx.database.pool, REGISTER_CHANNEL, (payload) =>
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
      REGISTER_CHANNEL,
      'custos-register',
      { onNotification: (payload) => cache.changed(payload), onListening: (on) => cache.setTrusted(on) },
      ctx.logger,
    )
    app.addHook('onClose', () => listener.close())
  }
}
