import { hkdfSync } from 'node:crypto'
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely'

/** The keys of the audit chain, derived from the installation secret; never stored in the database. */
export interface AuditKeys {
  /** HMAC key of every event hash (and of the seal on the legacy boundary). */
  chain: Buffer
  /** HMAC key of the checkpoints written outside the database. */
  checkpoint: Buffer
}

export function deriveAuditKeys(masterKey: Buffer): AuditKeys {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes')
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32))
  return { chain: derive('custos/audit-chain/v1'), checkpoint: derive('custos/audit-checkpoint/v1') }
}

/**
 * Carries the audit keys with a database handle. Kysely hands a handle's plugins on to every transaction opened
 * from it, so `recordAudit(trx, …)` finds the key without each of its callers passing it. The plugin leaves
 * queries and results untouched.
 */
class AuditKeyPlugin implements KyselyPlugin {
  constructor(readonly keys: AuditKeys) {}
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result
  }
}

/** The same database handle, now able to append to and verify the keyed audit chain. */
export function withAuditKey<DB>(db: Kysely<DB>, masterKey: Buffer): Kysely<DB> {
  return db.withPlugin(new AuditKeyPlugin(deriveAuditKeys(masterKey)))
}

export class AuditKeyMissingError extends Error {}

/** The audit keys of a handle or transaction; a handle opened without them cannot write or check the chain. */
export function auditKeysOf(db: Pick<Kysely<unknown>, 'getExecutor'>): AuditKeys {
  const plugin = db.getExecutor().plugins.find((p): p is AuditKeyPlugin => p instanceof AuditKeyPlugin)
  if (!plugin) throw new AuditKeyMissingError('This database handle has no audit key (see withAuditKey)')
  return plugin.keys
}
