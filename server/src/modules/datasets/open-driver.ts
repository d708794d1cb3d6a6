import { connectorGuardFor } from '../../connectors/connector-guard'
import type { ConnectionSettings, Driver } from '../../connectors/driver'
import { openHttpDriver } from '../../connectors/http/http-driver'
import { openSqlDriver } from '../../connectors/open-driver'
import type { AppContext } from '../../context'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { secretContext } from './secret'

/** What opening a driver needs of a stored dataset. */
export interface DatasetConnection {
  id: string
  document: DatasetDocument
  connectionOptions: Record<string, unknown>
  secretEncrypted: string | null
}

/** The decrypted connection settings of a dataset (for a driver, never for display). */
export function connectionSettingsOf(ctx: AppContext, dataset: DatasetConnection): ConnectionSettings {
  const kind = dataset.document.connector
  if (kind === 'manual') {
    throw new Error(`The dataset ${dataset.document.key} describes a manual system: it has no connection`)
  }
  const secret =
    dataset.secretEncrypted === null
      ? undefined
      : ctx.encryption.decrypt(dataset.secretEncrypted, secretContext(dataset.id))
  return {
    kind,
    options: dataset.connectionOptions,
    guard: connectorGuardFor(ctx),
    ...(secret === undefined ? {} : { secret }),
  }
}

/**
 * A driver for the system a dataset describes, with its secret decrypted: SQL for postgres and mysql, the
 * declarative HTTP driver for http. Manual systems have no driver (their work is a checklist task): throws.
 */
export function openDriverForDataset(ctx: AppContext, dataset: DatasetConnection): Driver {
  const settings = connectionSettingsOf(ctx, dataset)
  return settings.kind === 'http' ? openHttpDriver(dataset.document, settings) : openSqlDriver(settings)
}
