import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { HttpConnectorError } from '../../connectors/http/errors'
import { callHttpEndpoint } from '../../connectors/http/http-call'
import { parseRetryAfter } from '../../connectors/http/retry-after'
import { guardedFetch } from '../../connectors/network/guarded-fetch'
import type { AppContext } from '../../context'
import type { DB } from '../../db/schema'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import { connectionSettingsOf, findDataset, listDatasets } from '../datasets'
import { PERSON_ERASED } from './erasure'

/**
 * Withdrawals and expiries propagated to the organisation's systems (issue 17): every HTTP dataset with a
 * `consentWithdrawal` call for the purpose gets one row, written with the withdrawal (or the expiry record); a job
 * makes the call and retries with backoff. A consent that ended by its expiry date is passed on like a withdrawal:
 * for the system that acts on it, the person's consent is no longer there either way.
 */

/** A propagation decided before the withdrawal is written; the log inserts it in the same transaction. */
export interface PropagationDraft {
  id: string
  dataset_id: string
  dataset_key: string
  dataset_name: string
  identity_encrypted: string | null
  /** Set when the call cannot be made at all (no identity of the kind the system needs): failed at once. */
  error: string | null
}

/** Calls made before giving up: the first and 4 retries over ~15 minutes (1, 2, 4, 8 min with backoff). */
export const MAX_ATTEMPTS = 5

const encryptionContext = (id: string) => `consent-propagation:${id}`

/** The person as a withdrawal knows them: the subject key, its identity kind and, when known, its plain value. */
export interface PropagationPerson {
  subjectKey: string
  kind: string
  value?: string | undefined
}

/** The identity of `kind` of the person: their own when it is of that kind, else one of their subject in the index. */
async function identityOfKind(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  person: PropagationPerson,
  kind: string,
): Promise<string | null> {
  if (person.kind === kind && person.value) return person.value
  const row = await ctx.db
    .selectFrom('subject_identities as known')
    .innerJoin('subject_identities as wanted', (join) =>
      join
        .onRef('wanted.subject_id', '=', 'known.subject_id')
        .onRef('wanted.organization_id', '=', 'known.organization_id'),
    )
    .select(['wanted.kind', 'wanted.value_encrypted'])
    .where('known.organization_id', '=', organizationId)
    .where('known.lookup_key', '=', person.subjectKey)
    .where('wanted.kind', '=', kind as never)
    .orderBy('wanted.created_at')
    .executeTakeFirst()
  return row ? ctx.encryption.decrypt(row.value_encrypted, identityEncryptionContext(row.kind)) : null
}

/** The datasets of an organisation, as the propagations read them (read once per organisation by the expiry job). */
export type PropagationDatasets = Awaited<ReturnType<typeof listDatasets>>

/** The datasets of one organisation, for `propagationDrafts`. */
export function datasetsForPropagation(
  ctx: Pick<AppContext, 'db'>,
  organizationId: string,
): Promise<PropagationDatasets> {
  return listDatasets(ctx.db, organizationId)
}

/**
 * The systems to tell of a withdrawal (or expiry) of `purpose`, each with the identity sealed for the call.
 * `known` are the organisation's datasets when the caller read them already.
 */
export async function propagationDrafts(
  ctx: Pick<AppContext, 'db' | 'encryption'>,
  organizationId: string,
  purpose: string,
  person: PropagationPerson,
  known?: PropagationDatasets,
): Promise<PropagationDraft[]> {
  // A banner's anonymous consent id means nothing to another system: cookie choices stay in the browser.
  if (person.kind === 'anonymous') return []
  const datasets = (known ?? (await listDatasets(ctx.db, organizationId))).filter((d) => {
    const call = d.document.consentWithdrawal
    return (
      d.document.connector === 'http' &&
      call &&
      (call.purposes.length === 0 || call.purposes.includes(purpose))
    )
  })
  const drafts: PropagationDraft[] = []
  for (const dataset of datasets) {
    const kind = dataset.document.consentWithdrawal?.identity ?? 'email'
    const id = randomUUID()
    const value = await identityOfKind(ctx, organizationId, person, kind)
    drafts.push({
      id,
      dataset_id: dataset.id,
      dataset_key: dataset.key,
      dataset_name: dataset.name,
      identity_encrypted: value === null ? null : ctx.encryption.encrypt(value, encryptionContext(id)),
      error:
        value === null
          ? `No ${kind} of this person is known to Custos (the withdrawal names a ${person.kind}, the subject index has none of this kind)`
          : null,
    })
  }
  return drafts
}

/** Inserts the propagations of one withdrawal (inside the log's transaction). */
export async function insertPropagations(
  db: Kysely<DB>,
  organizationId: string,
  consentEventId: string,
  purpose: string,
  drafts: PropagationDraft[],
): Promise<void> {
  if (drafts.length === 0) return
  const now = new Date()
  await db
    .insertInto('consent_propagations')
    .values(
      drafts.map((d) => ({
        id: d.id,
        organization_id: organizationId,
        consent_event_id: consentEventId,
        dataset_id: d.dataset_id,
        dataset_key: d.dataset_key,
        dataset_name: d.dataset_name,
        purpose,
        identity_encrypted: d.identity_encrypted,
        status: d.error ? ('failed' as const) : ('pending' as const),
        last_error: d.error,
        finished_at: d.error ? now : null,
      })),
    )
    .execute()
}

export type PropagationOutcome = 'done' | 'retry' | 'failed' | 'nothing'

/** The longest wait a system's Retry-After is honoured for (a longer one is cut: the sweep re-queues after 1 h). */
export const MAX_RETRY_AFTER_SECONDS = 30 * 60

/**
 * Makes the call of one pending propagation. `done` clears the stored identity; an error is kept on the row and
 * answers `retry` while attempts remain (the job then fails, and the queue retries it with backoff), else `failed`.
 */
export async function runPropagation(
  ctx: AppContext,
  propagationId: string,
  options: {
    fetch?: typeof fetch
    /**
     * Filled when the call failed with a 429/503 whose Retry-After asked for a wait (review m16): the seconds
     * before the next attempt, at most MAX_RETRY_AFTER_SECONDS. The job queues that attempt itself.
     */
    retryAfter?: { seconds?: number }
  } = {},
): Promise<PropagationOutcome> {
  const row = await ctx.db
    .selectFrom('consent_propagations as p')
    .innerJoin('consent_events as e', 'e.id', 'p.consent_event_id')
    .select([
      'p.id',
      'p.organization_id',
      'p.dataset_key',
      'p.purpose',
      'p.identity_encrypted',
      'p.status',
      'p.attempts',
      'p.subject_erased_at',
      'e.identity_kind',
      'e.state',
      'e.occurred_at',
      'e.external_ref',
    ])
    .where('p.id', '=', propagationId)
    .executeTakeFirst()
  if (row?.status !== 'pending') return 'nothing'
  const attempts = row.attempts + 1
  // Done, or failed for good for a person erased since: the address is no longer needed, or no longer allowed.
  const erased = row.subject_erased_at !== null
  const finish = async (status: 'done' | 'failed' | 'pending', error: string | null) => {
    const now = new Date()
    const clear = status === 'done' || (status === 'failed' && erased)
    await ctx.db
      .updateTable('consent_propagations')
      .set({
        status,
        attempts,
        last_error: status === 'failed' && erased ? `${PERSON_ERASED} (last error: ${error})` : error,
        updated_at: now,
        finished_at: status === 'pending' ? null : now,
        ...(clear ? { identity_encrypted: null } : {}),
      })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .execute()
  }
  try {
    const dataset = await findDataset(ctx.db, row.organization_id, row.dataset_key)
    const call = dataset?.document.consentWithdrawal
    if (!dataset || !call) {
      await finish('failed', `The dataset ${row.dataset_key} no longer has a consent withdrawal call`)
      return 'failed'
    }
    if (row.identity_encrypted === null) throw new HttpConnectorError('No identity to send')
    const value = ctx.encryption.decrypt(row.identity_encrypted, encryptionContext(row.id))
    const values = new Map<string, unknown>([
      ['value', value],
      [call.identity, value],
      ['purpose', row.purpose],
      // When the consent ended: the withdrawal's time, or the end of its period for an expiry.
      ['withdrawnAt', row.occurred_at.toISOString()],
      ['reason', row.state === 'expired' ? 'expired' : 'withdrawn'],
      ['externalRef', row.external_ref ?? ''],
    ])
    // A 503 or 429 is a failed attempt like any other, shown with its error and retried by the queue with
    // backoff - not retried out of sight inside the call.
    const settings = connectionSettingsOf(ctx, dataset)
    const send = options.fetch ?? guardedFetch(settings.guard)
    // The answer's Retry-After, read on the way (the connector's error carries only the status and message).
    const watched: typeof fetch = async (input, init) => {
      const response = await send(input, init)
      if (options.retryAfter && (response.status === 429 || response.status === 503)) {
        const ms = parseRetryAfter(response.headers.get('retry-after'), Date.now())
        if (ms !== undefined && ms > 0)
          options.retryAfter.seconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.ceil(ms / 1000))
      }
      return response
    }
    await callHttpEndpoint(dataset.document, settings, call.call, values, { fetch: watched, busyRetries: 0 })
    await finish('done', null)
    return 'done'
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000)
    const last = attempts >= MAX_ATTEMPTS
    await finish(last ? 'failed' : 'pending', message)
    return last ? 'failed' : 'retry'
  }
}

export interface PropagationView {
  id: string
  dataset: string
  datasetName: string
  status: 'pending' | 'done' | 'failed'
  attempts: number
  error: string | null
  updatedAt: Date
}

/** The propagations of these consent records, by record id. */
export async function propagationsOf(
  db: Kysely<DB>,
  organizationId: string,
  eventIds: readonly string[],
): Promise<Map<string, PropagationView[]>> {
  const byEvent = new Map<string, PropagationView[]>()
  if (eventIds.length === 0) return byEvent
  const rows = await db
    .selectFrom('consent_propagations')
    .select([
      'id',
      'consent_event_id',
      'dataset_key',
      'dataset_name',
      'status',
      'attempts',
      'last_error',
      'updated_at',
    ])
    .where('organization_id', '=', organizationId)
    .where('consent_event_id', 'in', [...new Set(eventIds)])
    .orderBy('dataset_key')
    .execute()
  for (const r of rows) {
    const list = byEvent.get(r.consent_event_id) ?? []
    list.push({
      id: r.id,
      dataset: r.dataset_key,
      datasetName: r.dataset_name,
      status: r.status,
      attempts: r.attempts,
      error: r.last_error,
      updatedAt: r.updated_at,
    })
    byEvent.set(r.consent_event_id, list)
  }
  return byEvent
}

/** Pending propagations not touched for `olderThanMs`: their job was lost (a crash between commit and sending). */
export async function stalePropagations(db: Kysely<DB>, olderThanMs: number): Promise<string[]> {
  const rows = await db
    .selectFrom('consent_propagations')
    .select('id')
    .where('status', '=', 'pending')
    .where('updated_at', '<', new Date(Date.now() - olderThanMs))
    .limit(1000)
    .execute()
  return rows.map((r) => r.id)
}
