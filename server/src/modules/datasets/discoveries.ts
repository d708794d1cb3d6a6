import { randomUUID } from 'node:crypto'
import type { DiscoverProgress } from '../../connectors/discovery/discover'
import type { AppContext } from '../../context'
import { DecryptionError } from '../../crypto/encryption'
import type { DiscoveryProgress } from '../../db/schema'
import { NotFound, StoredDataInvalid } from '../../domain/errors'
import type { Organization } from '../organizations'
import { proposeDatasetFor, reachDatabase } from './discover'
import {
  abandonedDiscoveries,
  claimDiscovery,
  type DiscoveryOutcome,
  findDiscovery,
  finishDiscovery,
  insertRunningDiscovery,
  recordDiscoveryProgress,
  renewDiscoveryLease,
} from './discoveries-repository'
import { storedDiscoveryInput, storedDiscoveryProgress, storedDiscoveryProposal } from './discovery-stored'
import type { DiscoverInput } from './schemas'
import { withoutSecret } from './secret'

/** At most one progress write per this many milliseconds (the last state is written with the outcome). */
const PROGRESS_INTERVAL_MS = 250
/** A worker holds a discovery this long without a sign of life (progress, heartbeat) before another may take it. */
export const DISCOVERY_LEASE_SECONDS = 120
const HEARTBEAT_MS = (DISCOVERY_LEASE_SECONDS * 1000) / 4
/** Claims of one discovery (a worker that stopped, then another) before it is marked failed. */
export const DISCOVERY_MAX_ATTEMPTS = 3
/** A discovery no worker claimed this long gets its job sent again (the job was lost, or waits for a worker). */
const UNCLAIMED_SECONDS = 120
/** A discovery of before migration 0016 (run in a web process, no input kept) still running this long is over. */
const LEGACY_INTERRUPTED_SECONDS = 30 * 60
const SWEEP_BATCH = 20

export const UNREADABLE_MESSAGE =
  'The proposal can no longer be read (the encryption key changed); start the discovery again.'
const INPUT_UNREADABLE_MESSAGE =
  'The connection details of this discovery can no longer be read (the encryption key changed); start it again.'
const INPUT_INVALID_MESSAGE = 'The connection details of this discovery cannot be read; start it again.'
const INTERRUPTED_MESSAGE = 'The discovery was interrupted; start it again.'
const interruptedTimes = (attempts: number) =>
  `The discovery was interrupted ${attempts} times (its worker stopped); start it again.`

export const discoveryContext = (id: string) => `discovery:${id}`
const discoveryInputContext = (id: string) => `discovery-input:${id}`

export interface DiscoveryView {
  id: string
  status: 'running' | 'done' | 'failed'
  progress: DiscoveryProgress
  result?: ReturnType<typeof storedDiscoveryProposal.read>
  error?: string
}

/** Where the discovery job is handed over; the job module gives it (a function, so this file needs no queue). */
export type SendDiscoveryJob = (ctx: AppContext, discoveryId: string) => Promise<unknown>

/**
 * Starts a discovery as a job: the connection is checked now (InvalidInput naming the options when it fails),
 * then the discovery is recorded with its input encrypted (secret included, until it ends) and its job queued.
 * A worker reads the schema and records progress; after a crash it is resumed or marked failed (the sweep).
 */
export async function startDiscovery(
  ctx: AppContext,
  org: Organization,
  createdBy: string,
  input: DiscoverInput,
  send: SendDiscoveryJob,
): Promise<DiscoveryView> {
  await reachDatabase(ctx, input)
  const id = randomUUID()
  const inputEncrypted = ctx.encryption.encrypt(
    storedDiscoveryInput.serialize(input),
    discoveryInputContext(id),
  )
  await insertRunningDiscovery(ctx.db, { id, organizationId: org.id, createdBy, inputEncrypted })
  try {
    await send(ctx, id)
  } catch (error) {
    // Recorded already: the sweep sends the job again once it has waited UNCLAIMED_SECONDS.
    ctx.logger.warn({ err: error, discovery: id }, 'discovery job not queued; the sweep will queue it')
  }
  return { id, status: 'running', progress: { done: 0, total: 0 } }
}

/**
 * Runs a discovery in a worker (its job): claims it (nothing happens when it is finished or a live worker holds
 * it), reads the connection back, checks it, reads the schema while recording progress, and records the proposal
 * or the reason it failed - then forgets the input. Throws only when the outcome cannot be recorded.
 */
export async function runDiscovery(ctx: AppContext, id: string): Promise<'ran' | 'not-claimed'> {
  const claimed = await claimDiscovery(ctx.db, id, DISCOVERY_LEASE_SECONDS)
  if (!claimed?.input_encrypted) return 'not-claimed'
  const log = ctx.logger.child({ discovery: id, attempt: claimed.attempts })
  const heartbeat = setInterval(() => {
    renewDiscoveryLease(ctx.db, id, DISCOVERY_LEASE_SECONDS).catch((err) =>
      log.warn({ err }, 'discovery lease not renewed'),
    )
  }, HEARTBEAT_MS)
  heartbeat.unref()
  try {
    const outcome = await discover(ctx, id, claimed.input_encrypted, log)
    await finishDiscovery(ctx.db, id, outcome)
    return 'ran'
  } finally {
    clearInterval(heartbeat)
  }
}

async function discover(
  ctx: AppContext,
  id: string,
  inputEncrypted: string,
  log: AppContext['logger'],
): Promise<DiscoveryOutcome> {
  let input: DiscoverInput
  try {
    input = storedDiscoveryInput.read(ctx.encryption.decrypt(inputEncrypted, discoveryInputContext(id)), id)
  } catch (error) {
    if (error instanceof DecryptionError) return { status: 'failed', error: INPUT_UNREADABLE_MESSAGE }
    if (error instanceof StoredDataInvalid) {
      log.error({ err: error, rowId: id }, error.message)
      return { status: 'failed', error: INPUT_INVALID_MESSAGE }
    }
    throw error
  }
  let latest: DiscoverProgress | undefined
  let writing: Promise<void> | null = null
  let lastWrite = 0
  const onProgress = (progress: DiscoverProgress) => {
    latest = progress
    if (writing || Date.now() - lastWrite < PROGRESS_INTERVAL_MS) return
    lastWrite = Date.now()
    writing = recordDiscoveryProgress(ctx.db, id, progress, DISCOVERY_LEASE_SECONDS)
      .catch((err) => log.warn({ err }, 'discovery progress not recorded'))
      .finally(() => {
        writing = null
      })
  }
  let secret: string | undefined
  let outcome: DiscoveryOutcome
  try {
    const reachable = await reachDatabase(ctx, input)
    secret = reachable.secret
    const proposal = await proposeDatasetFor(reachable, onProgress)
    outcome = {
      status: 'done',
      resultEncrypted: ctx.encryption.encrypt(
        storedDiscoveryProposal.serialize(proposal),
        discoveryContext(id),
      ),
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    outcome = { status: 'failed', error: withoutSecret(message || String(error), secret ?? input.secret) }
  }
  await writing
  if (latest) outcome.progress = latest
  return outcome
}

/**
 * The sweep (every minute, a job): no discovery stays running after its worker stopped. One whose lease ran out
 * is resumed - its job sent again, to start over (it only reads) - until it was claimed DISCOVERY_MAX_ATTEMPTS
 * times, then it is failed with the reason; one whose job was lost is sent again; one of before migration 0016
 * (no input kept) is failed as interrupted. Returns what it did, by discovery.
 */
export async function sweepDiscoveries(
  ctx: AppContext,
  send: SendDiscoveryJob,
): Promise<{ resumed: string[]; failed: string[] }> {
  const resumed: string[] = []
  const failed: string[] = []
  const rows = await abandonedDiscoveries(
    ctx.db,
    { unclaimedSeconds: UNCLAIMED_SECONDS, legacySeconds: LEGACY_INTERRUPTED_SECONDS },
    SWEEP_BATCH,
  )
  for (const row of rows) {
    const reason =
      row.input_encrypted === null
        ? INTERRUPTED_MESSAGE
        : row.attempts >= DISCOVERY_MAX_ATTEMPTS
          ? interruptedTimes(row.attempts)
          : undefined
    if (reason) {
      if (
        await finishDiscovery(ctx.db, row.id, { status: 'failed', error: reason }, { onlyIfAbandoned: true })
      ) {
        ctx.logger.warn({ discovery: row.id, attempts: row.attempts }, 'Discovery interrupted: marked failed')
        failed.push(row.id)
      }
      continue
    }
    ctx.logger.warn(
      { discovery: row.id, attempts: row.attempts },
      'Discovery without a live worker: resuming it',
    )
    await send(ctx, row.id)
    resumed.push(row.id)
  }
  return { resumed, failed }
}

/** A discovery of the organisation as the UI polls it; NotFound when there is none with this id. */
export async function loadDiscovery(ctx: AppContext, org: Organization, id: string): Promise<DiscoveryView> {
  const row = await findDiscovery(ctx.db, org.id, id)
  if (!row) throw new NotFound('discovery')
  const { done, total, table } = storedDiscoveryProgress.read(row.progress, row.id)
  const view = { id: row.id, progress: table ? { done, total, table } : { done, total } }
  if (row.status === 'done' && row.result_encrypted) {
    let text: string
    try {
      text = ctx.encryption.decrypt(row.result_encrypted, discoveryContext(row.id))
    } catch (error) {
      // The installation's key changed since the discovery ran: the proposal is unreadable, not a server error.
      if (!(error instanceof DecryptionError)) throw error
      return { ...view, status: 'failed', error: UNREADABLE_MESSAGE }
    }
    return { ...view, status: 'done', result: storedDiscoveryProposal.read(text, row.id) }
  }
  if (row.status === 'failed') return { ...view, status: 'failed', error: row.error ?? '' }
  return { ...view, status: 'running' }
}
