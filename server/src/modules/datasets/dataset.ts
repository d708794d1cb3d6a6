import type { ConnectorProblem } from '../../connectors/network/target-error'
import type { ConnectorKind } from '../../db/schema'
import type { DatasetDocument } from '../../domain/datasets/schema'

/** The outcome of the last "test connection". */
export interface ConnectionCheckResult {
  at: Date
  ok: boolean
  message: string
  problem?: ConnectorProblem
}

/**
 * A dataset as the services know it (mapped once from its row in the repository): the file as uploaded, the
 * document it was validated to, and how to reach the system (options, the secret still encrypted).
 */
export interface Dataset {
  id: string
  key: string
  name: string
  systemKey: string
  connector: ConnectorKind
  version: number
  source: string
  document: DatasetDocument
  connectionOptions: Record<string, unknown>
  secretEncrypted: string | null
  lastCheck: ConnectionCheckResult | null
  updatedAt: Date
}
