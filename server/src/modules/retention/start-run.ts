import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Organization } from '../organizations'
import { insertRun, type RunRow } from './repository'

export interface SweepRunStart {
  rule: string
  dataset: string
  system: string
  collection: string
  action: string
  cutoff: string | null
  /** The lifecycle event of the subject index the period counts from; null: a date field. */
  subjectEvent?: string | null
  today: string
  /** Rows due now. */
  due: number
  /** The run's ceiling (null: none); more rows due than this and the run pauses before it changes anything. */
  ceiling: number | null
  approvedBy: string | null
  /**
   * Renewal by consent: the rule's consent purpose and the people its valid consent left out of this run, counted
   * when the run begins (as the plan shows them); null or absent: the rule is not renewed by consent.
   */
  renewedByConsent?: {
    purpose: string
    people: number
    firstUntil: string | null
    lastUntil: string | null
  } | null
}

/**
 * Records the start of an approved sweep run (of a connected system's collection or of Custos's own data): running,
 * or paused over its ceiling with `retention.run_paused` in the audit log - in one transaction. The one place a
 * sweep run begins, so every kind of sweep follows the same rules.
 */
export async function startSweepRun(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  start: SweepRunStart,
): Promise<{ run: RunRow; paused: boolean }> {
  const paused = start.ceiling !== null && start.due > start.ceiling
  const run = await inTransaction(ctx, async (tx) => {
    const row = await insertRun(tx.db, {
      id: randomUUID(),
      organization_id: org.id,
      rule_key: start.rule,
      dataset_key: start.dataset,
      system_key: start.system,
      collection: start.collection,
      action: start.action,
      cutoff: start.cutoff,
      ...(start.subjectEvent ? { subject_event: start.subjectEvent } : {}),
      ...(start.renewedByConsent
        ? {
            consent_purpose: start.renewedByConsent.purpose,
            renewed_people: start.renewedByConsent.people,
            renewed_first_until: start.renewedByConsent.firstUntil,
            renewed_last_until: start.renewedByConsent.lastUntil,
          }
        : {}),
      today: start.today,
      status: paused ? 'paused' : 'running',
      reason: paused ? 'ceiling_exceeded' : null,
      planned_rows: start.due,
      ceiling: start.ceiling,
      approved_by_label: start.approvedBy,
      started_by_label: actor.label,
      ...(paused ? { ended_at: new Date() } : {}),
    })
    if (paused)
      await recordAudit(tx.db, actor, {
        organizationId: org.id,
        action: 'retention.run_paused',
        targetType: 'retention_run',
        targetId: row.id,
        summary: {
          rule: start.rule,
          dataset: start.dataset,
          collection: start.collection,
          due: start.due,
          ceiling: start.ceiling,
        },
      })
    return row
  })
  return { run, paused }
}
