import { KEY_PATTERN } from '../register/localized'
import {
  type ConnectionDraft,
  type ConnectionField,
  type ConnectionProblem,
  connectionProblems,
  EMPTY_CONNECTION,
  optionsOf,
} from './connectionDraft'
import type { DiscoverBody, DiscoveryProgress } from './connectorApi'

/** The discovery form as typed. */
export interface DiscoverDraft {
  connector: 'postgres' | 'mysql'
  connection: ConnectionDraft
  secret: string
  key: string
  system: string
  name: string
}

export const EMPTY_DISCOVER: DiscoverDraft = {
  connector: 'postgres',
  connection: EMPTY_CONNECTION,
  secret: '',
  key: '',
  system: '',
  name: '',
}

export type DiscoverProblem = ConnectionProblem | 'keyRequired' | 'keyInvalid' | 'systemRequired'

/** Checks before sending, per field, in the order of the form. */
export function discoverProblems(
  draft: DiscoverDraft,
): Partial<Record<ConnectionField | 'key' | 'system', DiscoverProblem>> {
  const problems: Partial<Record<ConnectionField | 'key' | 'system', DiscoverProblem>> = {
    ...connectionProblems(draft.connection, draft.connector),
  }
  const key = draft.key.trim()
  if (!key) problems.key = 'keyRequired'
  else if (!KEY_PATTERN.test(key)) problems.key = 'keyInvalid'
  if (!draft.system) problems.system = 'systemRequired'
  return problems
}

/** The body of POST .../datasets/discoveries (and of the synchronous .../datasets/discover). */
export function discoverBodyOf(draft: DiscoverDraft): DiscoverBody {
  const schema = draft.connector === 'postgres' ? draft.connection.schema.trim() : ''
  return {
    connector: draft.connector,
    options: optionsOf(draft.connection),
    ...(draft.secret ? { secret: draft.secret } : {}),
    key: draft.key.trim(),
    system: draft.system,
    ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
    ...(schema ? { schema } : {}),
  }
}

/** What the progress line says: nothing known yet, or the table read last ("Tabel 3 van 11: invoice"). */
export function progressLine(
  progress: DiscoveryProgress | null,
): { key: 'progressStart' } | { key: 'progress'; done: number; total: number; table: string } {
  if (!progress || progress.total === 0 || !progress.table) return { key: 'progressStart' }
  return { key: 'progress', done: progress.done, total: progress.total, table: progress.table }
}
