import type { DiscoverProgress } from '../../connectors/discovery/discover'
import type { AppContext } from '../../context'
import { DecryptionError } from '../../crypto/encryption'
import type { DiscoveryProgress, OrganizationRow } from '../../db/schema'
import { Problem } from '../../http/problem'
import { type DiscoveryProposal, proposeDatasetFor, type ReachableDatabase, reachDatabase } from './discover'
import {
  findDiscovery,
  finishDiscovery,
  insertRunningDiscovery,
  recordDiscoveryProgress,
} from './discoveries-repository'
import type { DiscoverInput } from './schemas'
import { withoutSecret } from './secret'

/** At most one progress write per this many milliseconds (the last state is written with the outcome). */
const PROGRESS_INTERVAL_MS = 250
/** A discovery still running after this long lost the process that ran it. */
export const INTERRUPTED_AFTER_MS = 30 * 60 * 1000
export const UNREADABLE_MESSAGE =
  'The proposal can no longer be read (the encryption key changed); start the discovery again.'
const INTERRUPTED_MESSAGE = 'The discovery was interrupted; start it again.'

export const discoveryContext = (id: string) => `discovery:${id}`

export interface DiscoveryView {
  id: string
  status: 'running' | 'done' | 'failed'
  progress: DiscoveryProgress
  result?: DiscoveryProposal
  error?: string
}

/**
 * Starts a discovery in the background: the connection is checked now (a 422 naming the options when it fails),
 * then the schema is read while its progress is recorded. The secret stays in this process's memory only.
 */
export async function startDiscovery(
  ctx: AppContext,
  org: OrganizationRow,
  createdBy: string,
  input: DiscoverInput,
): Promise<DiscoveryView> {
  const reachable = await reachDatabase(ctx, input)
  const row = await insertRunningDiscovery(ctx.db, org.id, createdBy)
  void runDiscovery(ctx, row.id, reachable)
  return { id: row.id, status: 'running', progress: { done: 0, total: 0 } }
}

/** Reads the database, writing progress sequentially and throttled; never throws. */
async function runDiscovery(ctx: AppContext, id: string, reachable: ReachableDatabase): Promise<void> {
  let latest: DiscoverProgress | undefined
  let writing: Promise<void> | null = null
  let lastWrite = 0
  const onProgress = (progress: DiscoverProgress) => {
    latest = progress
    if (writing || Date.now() - lastWrite < PROGRESS_INTERVAL_MS) return
    lastWrite = Date.now()
    writing = recordDiscoveryProgress(ctx.db, id, progress)
      .catch((error) => ctx.logger.warn({ err: error, discovery: id }, 'discovery progress not recorded'))
      .finally(() => {
        writing = null
      })
  }
  try {
    let outcome: Parameters<typeof finishDiscovery>[2]
    try {
      const proposal = await proposeDatasetFor(reachable, onProgress)
      outcome = {
        status: 'done',
        resultEncrypted: ctx.encryption.encrypt(JSON.stringify(proposal), discoveryContext(id)),
      }
    } catch (error) {
      const message =
        error instanceof Problem ? (error.detail ?? error.title) : error instanceof Error ? error.message : ''
      outcome = { status: 'failed', error: withoutSecret(message || String(error), reachable.secret) }
    }
    await writing
    if (latest) outcome.progress = latest
    await finishDiscovery(ctx.db, id, outcome)
  } catch (error) {
    ctx.logger.error({ err: error, discovery: id }, 'discovery outcome not recorded')
  }
}

/** A discovery of the organisation as the UI polls it; undefined when there is none with this id. */
export async function loadDiscovery(
  ctx: AppContext,
  org: OrganizationRow,
  id: string,
  now = new Date(),
): Promise<DiscoveryView | undefined> {
  const row = await findDiscovery(ctx.db, org.id, id)
  if (!row) return undefined
  const progress = { done: row.progress.done ?? 0, total: row.progress.total ?? 0 }
  const table = row.progress.table
  const view = { id: row.id, progress: table ? { ...progress, table } : progress }
  if (row.status === 'done' && row.result_encrypted) {
    try {
      const result = JSON.parse(ctx.encryption.decrypt(row.result_encrypted, discoveryContext(row.id)))
      return { ...view, status: 'done', result }
    } catch (error) {
      // The installation's key changed since the discovery ran: the proposal is unreadable, not a server error.
      if (!(error instanceof DecryptionError)) throw error
      return { ...view, status: 'failed', error: UNREADABLE_MESSAGE }
    }
  }
  if (row.status === 'failed') return { ...view, status: 'failed', error: row.error ?? '' }
  if (now.getTime() - row.created_at.getTime() > INTERRUPTED_AFTER_MS) {
    return { ...view, status: 'failed', error: INTERRUPTED_MESSAGE }
  }
  return { ...view, status: 'running' }
}
