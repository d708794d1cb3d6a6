import { type Actor, systemActor } from '../audit/actor'
import type { Config } from '../config'
import type { Runtime } from '../runtime'

export interface DbOptions {
  dataDir?: string
}

export type ConfigFrom = (options: DbOptions & { port?: number; host?: string }) => Promise<Config>

/**
 * The configuration of a command. The CLI loads the configuration, the database and the domain only inside the
 * action that needs them, so `custos --help` and the offline commands start without them (docs/decisions/0021).
 */
export const configFrom: ConfigFrom = async (options) => {
  const { loadConfig } = await import('../config')
  return loadConfig(process.env, { dataDir: options.dataDir, port: options.port, host: options.host })
}

/** Opens the database (migrated, job queue stopped) for the length of `work`. */
export async function withRuntime<T>(
  config: Config | Promise<Config>,
  work: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const { openRuntime } = await import('../runtime')
  const runtime = await openRuntime(await config)
  try {
    return await work(runtime)
  } finally {
    await runtime.close()
  }
}

/** The actor the audit log records for a command run by this operating-system user. */
export function cliActor(): Actor {
  return systemActor(`cli:${process.env.USER ?? 'unknown'}`)
}
