import { type DatasetRegisterProblem, isPersonalField } from '../../domain/datasets/register-links'
import type { Dataset } from './dataset'

/** What the API shows of a dataset. The secret never leaves the server: only whether there is one. */

function lastCheckOf(dataset: Dataset) {
  const check = dataset.lastCheck
  if (!check) return {}
  return {
    lastCheck: {
      at: check.at.toISOString(),
      ok: check.ok,
      message: check.message,
      ...(check.problem ? { problem: check.problem } : {}),
    },
  }
}

/** Whether the engine has what it needs to connect (manual systems never connect). */
function isConfigured(row: Dataset): boolean {
  const options = row.connectionOptions
  switch (row.connector) {
    case 'postgres':
    case 'mysql':
      return typeof options.url === 'string' || typeof options.host === 'string'
    case 'http':
      return (row.document.http?.auth ?? 'none') === 'none' || row.secretEncrypted !== null
    case 'manual':
      return false
  }
}

export function presentDatasetSummary(row: Dataset, registerProblems: number) {
  const fields = row.document.collections.flatMap((c) => c.fields)
  return {
    key: row.key,
    name: row.name,
    system: row.systemKey,
    connector: row.connector,
    collections: row.document.collections.length,
    fields: fields.length,
    personalFields: fields.filter(isPersonalField).length,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    connection: {
      configured: isConfigured(row),
      hasSecret: row.secretEncrypted !== null,
      ...lastCheckOf(row),
    },
    registerProblems,
  }
}

export function presentDatasetDetail(
  row: Dataset,
  registerProblems: (DatasetRegisterProblem & { line?: number })[],
) {
  return {
    key: row.key,
    name: row.name,
    system: row.systemKey,
    connector: row.connector,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    source: row.source,
    document: row.document as unknown as Record<string, unknown>,
    connection: {
      options: row.connectionOptions,
      configured: isConfigured(row),
      hasSecret: row.secretEncrypted !== null,
      ...lastCheckOf(row),
    },
    registerProblems,
  }
}
