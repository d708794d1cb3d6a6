import { createHash } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { endpointRequest } from '../../connectors/http/endpoint-request'
import { callHttpEndpointForAnswer } from '../../connectors/http/http-call'
import { getPath } from '../../connectors/http/paths'
import { type AppContext, inTransaction } from '../../context'
import type { DatasetCollection } from '../../domain/datasets/schema'
import { connectionSettingsOf } from '../datasets'
import type { Organization } from '../organizations'
import { findOpenRun, type RunRow, updateRun } from './repository'
import { startSweepRun } from './start-run'
import type { SweepTarget } from './targets'

/** The dataset's sweep endpoint of a collection (http.sweep), or undefined. */
export const sweepEndpointOf = (collection: DatasetCollection) => collection.http?.sweep

/** "DELETE api.example.com/v1/invoices": the call a sweep makes, without its values (the plan and the run show it). */
export function sweepEndpointLabel(target: SweepTarget): string | null {
  const endpoint = sweepEndpointOf(target.collection)
  const baseUrl = target.dataset.document.http?.baseUrl
  if (target.via !== 'http_endpoint' || !endpoint || !baseUrl) return null
  const [path = ''] = endpoint.path.split('?')
  const url = new URL(baseUrl)
  return `${endpoint.method} ${url.host}${`${url.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`}`
}

/**
 * The count an answer reports at the endpoint's countPath: a whole number >= 0, else null ("not reported by the
 * system" - never a number Custos made up).
 */
export function reportedCount(body: unknown, countPath: string | undefined): number | null {
  if (!countPath) return null
  const value = getPath(body, countPath)
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null
}

/**
 * Sweeps an HTTP collection with one call to its sweep endpoint, the cutoff as {cutoff} (decision 0094): the run
 * is recorded as running before the call (an answer lost to a crash: the next sweep calls again - a call that
 * deletes what is dated before a day can be repeated), then completed with the count the answer reports, or with
 * "not reported" when it reports none. A failed call (after the connector's retries on 429/503) leaves the run
 * running, marked stopped_by_error, and the next sweep calls again.
 */
export async function sweepByEndpoint(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: SweepTarget,
  today: string,
  options: { fetch?: typeof fetch | undefined } = {},
): Promise<RunRow> {
  const endpoint = sweepEndpointOf(target.collection)
  if (!endpoint || !target.cutoff) throw new Error(`${target.collection.name} has no sweep endpoint`)
  const action = target.rule.action ?? 'mask'
  let run = await findOpenRun(ctx.db, org.id, {
    ruleKey: target.rule.key,
    datasetKey: target.dataset.key,
    collection: target.collection.name,
  })
  if (!run) {
    const started = await startSweepRun(ctx, actor, org, {
      rule: target.rule.key,
      dataset: target.dataset.key,
      system: target.dataset.systemKey,
      collection: target.collection.name,
      action,
      cutoff: target.cutoff,
      subjectEvent: null,
      today,
      // Unknown before the call: the system counts, not Custos; no ceiling can apply.
      due: 0,
      ceiling: null,
      approvedBy: target.policy?.approved_by_label ?? null,
    })
    run = await updateRun(ctx.db, started.run.id, {
      via: 'http_endpoint',
      endpoint: sweepEndpointLabel(target),
    })
  }
  const stored: unknown = run.cutoff
  const cutoff = stored instanceof Date ? stored.toISOString().slice(0, 10) : String(stored)
  const values = new Map<string, unknown>([
    ['cutoff', cutoff.slice(0, 10)],
    ['dateField', target.dateField],
    ['action', action],
  ])
  let answer: { status: number; body: unknown }
  try {
    // Built once here to fail early on a bad template (the call builds it again).
    endpointRequest(target.dataset.document.http?.baseUrl ?? 'http://invalid', endpoint, values)
    answer = await callHttpEndpointForAnswer(
      target.dataset.document,
      connectionSettingsOf(ctx, target.dataset),
      endpoint,
      values,
      options.fetch ? { fetch: options.fetch } : {},
    )
  } catch (error) {
    await updateRun(ctx.db, run.id, { reason: 'stopped_by_error' })
    throw error
  }
  const count = reportedCount(answer.body, endpoint.countPath)
  return inTransaction(ctx, async (tx) => {
    const done = await updateRun(tx.db, run.id, {
      status: 'completed',
      reason: null,
      ended_at: new Date(),
      count_reported: count !== null,
      batches: 1,
      ...(action === 'delete' ? { rows_deleted: count ?? 0 } : { rows_masked: count ?? 0 }),
    })
    await recordAudit(
      tx.db,
      { type: 'system', id: null, label: run.started_by_label, requestId: null },
      {
        organizationId: org.id,
        action: 'retention.run_completed',
        targetType: 'retention_run',
        targetId: run.id,
        summary: {
          rule: target.rule.key,
          dataset: target.dataset.key,
          system: target.dataset.systemKey,
          collection: target.collection.name,
          action,
          cutoff: run.cutoff,
          via: 'http_endpoint',
          endpoint: done.endpoint ?? null,
          status: answer.status,
          // The system's own count, or null: not reported (never a number Custos made up).
          deleted: action === 'delete' ? count : 0,
          masked: action === 'delete' ? 0 : count,
          countReported: count !== null,
          maskedInsteadOfDeleted: 0,
          withheldShared: 0,
          approvedBy: run.approved_by_label,
          startedAt: run.started_at,
          endedAt: done.ended_at,
          // The system chose the items: Custos never saw their keys.
          keys: 0,
          keyHashesDigest: createHash('sha256').update('').digest('hex'),
        },
      },
    )
    return done
  })
}
