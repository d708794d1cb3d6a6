import type { RegisterEntryKind } from '../../db/schema'

/** One entry of the register as the services know it (mapped once from its row in the repository). */
export interface RegisterEntry {
  kind: RegisterEntryKind
  key: string
  position: number
  version: number
  data: Record<string, unknown>
  updatedAt: Date
}

/** One kept state of an entry: who changed it when, and the state before and after. */
export interface RegisterEntryVersion {
  version: number
  change: 'created' | 'updated' | 'deleted'
  changedAt: Date
  actorLabel: string
  actorType: string
  requestId: string | null
  data: Record<string, unknown> | null
  previous: Record<string, unknown> | null
}
