import type { Config } from '../config'
import { ConnectorGuard, type GuardLogger, type OwnEndpoints } from './network/target-guard'

/** Custos's own database (PostgreSQL by URL; the embedded one is a Unix socket, refused anyway) and web server. */
function ownEndpoints(config: Pick<Config, 'databaseUrl' | 'port' | 'publicUrl'>): OwnEndpoints {
  const own: OwnEndpoints = { web: { port: config.port, origin: new URL(config.publicUrl).origin } }
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl)
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username)
    own.database = {
      host: url.searchParams.get('host') ?? url.hostname.replace(/^\[|\]$/g, '') ?? 'localhost',
      port: Number(url.searchParams.get('port') ?? url.port) || 5432,
      database: database || 'postgres',
    }
  }
  return own
}

/** The guard every connector of this process connects through: the configured allow-list, never Custos itself. */
export function connectorGuardFor(ctx: { config: Config; logger: GuardLogger }): ConnectorGuard {
  return new ConnectorGuard({
    allow: ctx.config.connectorAllow,
    own: ownEndpoints(ctx.config),
    logger: ctx.logger,
  })
}
