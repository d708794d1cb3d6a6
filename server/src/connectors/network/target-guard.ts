import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { networkInterfaces } from 'node:os'
import {
  type AllowList,
  addressBytes,
  allows,
  isLoopback,
  isUnspecified,
} from '../../domain/connector-allow-list'
import { ConnectorTargetError, newReference } from './target-error'

/** Where a connector wants to go: a database server (with its database) or an API. */
export interface ConnectorTarget {
  kind: 'postgres' | 'mysql' | 'http'
  host: string
  port: number
  database?: string
}

/** Custos's own database and web server: never a connector's target, whatever the allow-list says. */
export interface OwnEndpoints {
  database?: { host: string; port: number; database: string }
  web?: { port: number; origin: string }
}

export interface GuardLogger {
  warn(details: Record<string, unknown>, message: string): void
}

export interface ConnectorGuardOptions {
  allow: AllowList
  own: OwnEndpoints
  logger: GuardLogger
  /** Name resolution (default: the system resolver, every address). */
  lookup?: (host: string) => Promise<string[]>
  /** Addresses of this machine (default: its network interfaces). */
  localAddresses?: () => string[]
}

/**
 * Decides whether a connector may connect, and where to: resolves the host name once, checks the address it will
 * actually connect to against the allow-list (so a name that resolves elsewhere the next time - DNS rebinding -
 * changes nothing: drivers connect to the pinned address), and refuses Custos's own database and web server.
 * Every refusal and failure is logged with its detail under a reference; users see a neutral message.
 */
export class ConnectorGuard {
  private ownDatabaseAddresses: Promise<string[]> | undefined

  constructor(private readonly options: ConnectorGuardOptions) {}

  /** The address to connect to; throws a ConnectorTargetError when the target may not be reached. */
  async pin(target: ConnectorTarget): Promise<string> {
    const where = describe(target)
    if (target.host.startsWith('/') || target.host.includes('\0'))
      throw this.refuse('connector.target-not-allowed', where, 'a Unix socket path is never allowed')
    let addresses: string[]
    try {
      addresses = isIP(target.host) ? [target.host] : await this.lookup(target.host)
    } catch (error) {
      const named = allows(this.options.allow, { ...target, address: '0.0.0.0' })
      throw this.refuse(
        named ? 'connector.connection-failed' : 'connector.target-not-allowed',
        where,
        `the name does not resolve: ${messageOf(error)}`,
      )
    }
    const address = addresses.find((a) => allows(this.options.allow, { ...target, address: a }))
    if (address === undefined)
      throw this.refuse(
        'connector.target-not-allowed',
        where,
        `${addresses.join(', ') || 'no address'} is outside CUSTOS_CONNECTOR_ALLOW (${this.options.allow.text || 'empty'})`,
      )
    await this.refuseOwn(target, address, where)
    return address
  }

  /** A failure to connect or sign in as a neutral error; the detail (secrets removed) goes to the log. */
  failed(
    error: unknown,
    target: ConnectorTarget,
    secrets: readonly (string | undefined)[] = [],
  ): ConnectorTargetError {
    if (error instanceof ConnectorTargetError) return error
    if (error instanceof Error && error.cause instanceof ConnectorTargetError) return error.cause
    let detail = messageOf(error)
    for (const secret of secrets)
      if (secret && secret.length > 0)
        for (const form of new Set([secret, encodeURIComponent(secret)]))
          detail = detail.split(form).join('•••')
    return this.refuse('connector.connection-failed', describe(target), detail)
  }

  /** The target holds Custos's installation marker: it is a Custos database, never a connector's target. */
  marked(target: ConnectorTarget): ConnectorTargetError {
    return this.refuse(
      'connector.connection-failed',
      describe(target),
      'the database holds a Custos installation marker (custos_installation): a connector may never reach a Custos database',
    )
  }

  /** Refuses a URL on Custos's own public origin (an HTTP connector pointed at Custos itself). */
  checkUrl(url: URL): void {
    const own = this.options.own.web?.origin
    if (own && url.origin === own)
      throw this.refuse('connector.connection-failed', url.host, `${url.origin} is Custos's own address`)
  }

  private refuse(code: ConnectorTargetError['code'], where: string, reason: string): ConnectorTargetError {
    const error = new ConnectorTargetError(code, newReference())
    this.options.logger.warn(
      { reference: error.reference, code, target: where, reason },
      'connector connection refused or failed',
    )
    return error
  }

  private async refuseOwn(target: ConnectorTarget, address: string, where: string): Promise<void> {
    const { database, web } = this.options.own
    if (target.kind === 'http') {
      if (web && target.port === web.port && this.isLocal(address))
        throw this.refuse('connector.connection-failed', where, "this is Custos's own web server")
      return
    }
    if (!database || target.kind !== 'postgres' || target.port !== database.port) return
    if (target.database !== database.database) return
    this.ownDatabaseAddresses ??= this.resolveOwn(database.host)
    const own = await this.ownDatabaseAddresses
    const bytes = addressBytes(address)
    const same = own.some(
      (o) => addressBytes(o).every((b, i) => b === bytes[i]) || (this.isLocal(o) && this.isLocal(address)),
    )
    if (same) throw this.refuse('connector.connection-failed', where, "this is Custos's own database")
  }

  private async resolveOwn(host: string): Promise<string[]> {
    if (host.startsWith('/')) return []
    return isIP(host) ? [host] : await this.lookup(host).catch(() => [])
  }

  private lookup(host: string): Promise<string[]> {
    if (this.options.lookup) return this.options.lookup(host)
    return dnsLookup(host, { all: true, verbatim: true }).then((all) => all.map((a) => a.address))
  }

  /** This machine: loopback, the unspecified address (0.0.0.0 connects locally) or one of its interfaces. */
  private isLocal(address: string): boolean {
    if (isLoopback(address) || isUnspecified(address)) return true
    const bytes = addressBytes(address)
    const locals = this.options.localAddresses?.() ?? interfaceAddresses()
    return locals.some((l) => addressBytes(l).every((b, i) => b === bytes[i]))
  }
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [i.address] : []))
}

function describe(target: ConnectorTarget): string {
  const host = target.host.includes(':') ? `[${target.host}]` : target.host
  return `${target.kind} ${host}:${target.port}${target.database ? `/${target.database}` : ''}`
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map((e) => messageOf(e)).join('; ')
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return `${error.message || 'error'}${code && !error.message.includes(String(code)) ? ` (${String(code)})` : ''}`
  }
  return String(error)
}
