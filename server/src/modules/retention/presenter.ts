import type { HoldLabels } from './holds'
import type { LegalHoldRow, PolicyRow, RunProof, RunRow } from './repository'
import type { RuleView } from './rules'

const day = (value: string | Date | null) =>
  value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10)
const iso = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString()

export function presentPolicy(p: PolicyRow | undefined) {
  return {
    approvedBy: p?.approved_by_label ?? null,
    approvedAt: iso(p?.approved_at ?? null),
    approvedRows:
      p?.approved_rows === null || p?.approved_rows === undefined ? null : Number(p.approved_rows),
    runCeiling: p?.run_ceiling ?? null,
  }
}

export function presentRule(view: RuleView) {
  const { rule, machine } = view
  return {
    key: rule.key,
    name: rule.name,
    trigger: rule.trigger,
    statutoryReference: rule.statutoryReference ?? null,
    duration: machine.duration,
    start: machine.start,
    action: machine.action,
    renewedUntil: day(machine.renewedUntil),
    consentRenewable: rule.consentRenewable,
    consentPurpose: machine.consentPurpose,
    collections: view.collections,
    ...presentPolicy(view.policy),
  }
}

export function presentHold(h: LegalHoldRow, labels?: HoldLabels) {
  return {
    id: h.id,
    scope: h.scope,
    subjectId: h.subject_id,
    subjectName: labels?.subjectName ?? null,
    requestId: h.request_id,
    requestReference: labels?.requestReference ?? null,
    systemKey: h.system_key,
    datasetKey: h.dataset_key,
    collection: h.collection,
    reason: h.reason,
    placedBy: h.placed_by_label,
    placedAt: iso(h.placed_at) as string,
    endsOn: day(h.ends_on),
    liftedAt: iso(h.lifted_at),
    liftedBy: h.lifted_by_label,
  }
}

/**
 * The people a run left out because their valid consent renewed their period (counted when it began, migration
 * 0053); null: the rule was not renewed by consent when the run began.
 */
export function runRenewals(r: RunRow) {
  if (!r.consent_purpose) return null
  return {
    purpose: r.consent_purpose,
    people: Number(r.renewed_people ?? 0),
    firstUntil: day(r.renewed_first_until ?? null),
    lastUntil: day(r.renewed_last_until ?? null),
  }
}

export function presentRun(r: RunRow, proof?: RunProof) {
  return {
    id: r.id,
    rule: r.rule_key,
    dataset: r.dataset_key,
    system: r.system_key,
    collection: r.collection,
    action: r.action,
    cutoff: day(r.cutoff),
    subjectEvent: r.subject_event ?? null,
    status: r.status,
    reason: r.reason,
    plannedRows: Number(r.planned_rows),
    ceiling: r.ceiling === null ? null : Number(r.ceiling),
    deleted: Number(r.rows_deleted),
    masked: Number(r.rows_masked),
    maskedInsteadOfDeleted: Number(r.rows_shared),
    withheldShared: Number(r.rows_withheld ?? 0),
    renewedByConsent: runRenewals(r),
    batches: r.batches,
    approvedBy: r.approved_by_label,
    startedBy: r.started_by_label,
    startedAt: iso(r.started_at) as string,
    endedAt: iso(r.ended_at),
    via: r.via,
    countReported: r.count_reported,
    endpoint: r.endpoint ?? null,
    taskId: r.task_action_id ?? null,
    completedBy: r.completed_by_label ?? null,
    proof: proof
      ? { auditSeq: proof.seq, auditHash: proof.hash, keys: proof.keys, keyHashesDigest: proof.digest }
      : null,
  }
}
