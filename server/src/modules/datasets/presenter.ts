import type { ConnectorProblem } from '../../connectors/network/target-error'
import { type DatasetRegisterProblem, isPersonalField } from '../../domain/datasets/register-links'
import type { StoredDataset } from './repository'

/** What the API shows of a dataset. The secret never leaves the server: only whether there is one. */

function lastCheckOf(row: StoredDataset) {
  if (!row.last_check_at || row.last_check_ok === null) return {}
  return {
    lastCheck: {
      at: row.last_check_at.toISOString(),
      ok: row.last_check_ok,
      message: row.last_check_message ?? '',
      ...(row.last_check_problem ? { problem: row.last_check_problem as ConnectorProblem } : {}),
    },
  }
}

/** Whether the engine has what it needs to connect (manual systems never connect). */
function isConfigured(row: StoredDataset): boolean {
  const options = row.connection_options
  switch (row.connector) {
    case 'postgres':
    case 'mysql':
      return typeof options.url === 'string' || typeof options.host === 'string'
    case 'http':
      return (row.document.http?.auth ?? 'none') === 'none' || row.secret_encrypted !== null
    case 'manual':
      return false
  }
}

export function presentDatasetSummary(row: StoredDataset, registerProblems: number) {
  const fields = row.document.collections.flatMap((c) => c.fields)
  return {
    key: row.key,
    name: row.name,
    system: row.system_key,
    connector: row.connector,
    collections: row.document.collections.length,
    fields: fields.length,
    personalFields: fields.filter(isPersonalField).length,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    connection: {
      configured: isConfigured(row),
      hasSecret: row.secret_encrypted !== null,
      ...lastCheckOf(row),
    },
    registerProblems,
  }
}

export function presentDatasetDetail(
  row: StoredDataset,
  registerProblems: (DatasetRegisterProblem & { line?: number })[],
) {
  return {
    key: row.key,
    name: row.name,
    system: row.system_key,
    connector: row.connector,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    source: row.source,
    document: row.document as unknown as Record<string, unknown>,
    connection: {
      options: row.connection_options,
      configured: isConfigured(row),
      hasSecret: row.secret_encrypted !== null,
      ...lastCheckOf(row),
    },
    registerProblems,
  }
}
