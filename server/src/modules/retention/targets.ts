import type { DatasetCollection } from '../../domain/datasets/schema'
import type { RegisterDocument, RetentionRule } from '../../domain/register/schema'
import {
  cutoffDay,
  isDue,
  type MachineRule,
  machineRule,
  type PolicySettings,
} from '../../domain/retention/period'
import {
  eventOfTrigger,
  isRetentionSubjectEvent,
  type RetentionSubjectEvent,
} from '../../domain/retention/subject-events'
import type { Dataset } from '../datasets'
import type { LegalHoldRow, PolicyRow } from './repository'

/**
 * Why a rule is not swept over a collection today; the plan shows it.
 * - no_duration: the rule has no fixed end (statutory period, until an event)
 * - renewed: a manual "renewed until" date has not passed
 * - no_action: the register's end action (archive) is for a person
 * - reference_data: the collection is shared reference data (never erased)
 * - no_primary_key: rows cannot be changed by key
 * - not_sql: no longer given (HTTP and manual systems are swept through an endpoint or a task, decision 0094)
 * - no_date_field: the period counts from a date field and the dataset names none for the collection
 * - unknown_event: the start is a subject event the sweep cannot count from (decision 0047)
 * - not_yet_due: a fixed start date whose period has not ended
 * - legal_hold: a hold on the system or the collection
 * - not_in_register: Custos's own data whose rule (request_records) the register does not have yet (decision 0047)
 */
export type Blocked =
  | 'no_duration'
  | 'renewed'
  | 'no_action'
  | 'reference_data'
  | 'no_primary_key'
  | 'not_sql'
  | 'no_date_field'
  | 'unknown_event'
  | 'not_yet_due'
  | 'legal_hold'
  | 'not_in_register'

export interface SweepTarget {
  rule: MachineRule
  registerRule: RetentionRule
  policy: PolicyRow | undefined
  dataset: Dataset
  collection: DatasetCollection
  /** The date field the period counts from; null for a fixed start date or a subject event. */
  dateField: string | null
  /** The lifecycle event of the subject index the period counts from (decision 0047), else null. */
  subjectEvent: RetentionSubjectEvent | null
  /**
   * Rows whose date is before this day are due; for a subject event, the rows of the people whose event is before
   * it. null: every row (a fixed start date whose period has ended).
   */
  cutoff: string | null
  blocked: Blocked | null
  /** The legal holds on the system or collection, and the subject and request holds (resolved per run). */
  holds: LegalHoldRow[]
  /**
   * How the sweep reaches the system (decision 0094): SQL batches; one call to the dataset's date-filtered sweep
   * endpoint (an HTTP collection with `http.sweep`, a date field and a cutoff); else a dated task for a person.
   */
  via: SweepVia
}

export type SweepVia = 'sql' | 'http_endpoint' | 'task'

/** How a collection of a dataset is swept: SQL set-based, its HTTP sweep endpoint with a date filter, or a task. */
export function sweepVia(
  dataset: Pick<Dataset, 'connector'>,
  collection: DatasetCollection,
  dateField: string | null,
  cutoff: string | null,
): SweepVia {
  if (dataset.connector === 'postgres' || dataset.connector === 'mysql') return 'sql'
  if (dataset.connector === 'http' && collection.http?.sweep && dateField && cutoff) return 'http_endpoint'
  return 'task'
}

export function policySettings(policy: PolicyRow | undefined): PolicySettings | undefined {
  if (!policy) return undefined
  return {
    startKind: policy.start_kind,
    subjectEvent: policy.subject_event,
    fixedDate: policy.fixed_date,
    endAction: policy.end_action,
    renewedUntil: policy.renewed_until,
    consentPurpose: policy.consent_purpose ?? null,
  }
}

/**
 * Every collection a dataset links to a retention rule of the register (its `hold`: the rule and the date field the
 * period counts from), with the rule's machine form and whether it can be swept today.
 */
export function sweepTargets(
  register: RegisterDocument,
  datasets: readonly Dataset[],
  policies: readonly PolicyRow[],
  activeHolds: readonly LegalHoldRow[],
  today: string,
): SweepTarget[] {
  const rules = new Map(register.retentionRules.map((r) => [r.key, r]))
  const byRule = new Map(policies.map((p) => [p.rule_key, p]))
  const targets: SweepTarget[] = []
  for (const dataset of datasets) {
    for (const collection of dataset.document.collections) {
      const link = collection.hold
      const registerRule = link ? rules.get(link.rule) : undefined
      if (!link || !registerRule) continue
      const policy = byRule.get(registerRule.key)
      const rule = machineRule(registerRule, policySettings(policy))
      const holds = activeHolds.filter(
        (h) =>
          (h.scope === 'system' && h.system_key === dataset.systemKey) ||
          (h.scope === 'collection' && h.dataset_key === dataset.key && h.collection === collection.name) ||
          h.scope === 'subject' ||
          h.scope === 'request',
      )
      const dateField = rule.start.kind === 'date_field' ? (link.dateField ?? null) : null
      // A collection without a date of its own counts from the person's event the register's trigger names
      // ("3 years after the last contact"), unless the rule says otherwise (decision 0047).
      const subjectEvent =
        rule.start.kind === 'subject_event' && isRetentionSubjectEvent(rule.start.event)
          ? rule.start.event
          : rule.start.kind === 'date_field' && !dateField
            ? eventOfTrigger(registerRule.trigger)
            : null
      const cutoff =
        rule.duration && rule.start.kind !== 'fixed_date' ? cutoffDay(today, rule.duration) : null
      targets.push({
        rule,
        registerRule,
        policy,
        dataset,
        collection,
        dateField,
        subjectEvent,
        cutoff,
        holds,
        via: sweepVia(dataset, collection, dateField, cutoff),
        blocked: blockedReason(rule, registerRule.trigger, collection, dataset, holds, today),
      })
    }
  }
  return targets
}

function blockedReason(
  rule: MachineRule,
  trigger: string,
  collection: DatasetCollection,
  dataset: Dataset,
  holds: readonly LegalHoldRow[],
  today: string,
): Blocked | null {
  if (!rule.duration) return 'no_duration'
  if (rule.action === null) return 'no_action'
  if (collection.shared) return 'reference_data'
  const sql = dataset.connector === 'postgres' || dataset.connector === 'mysql'
  if (sql && !collection.primaryKey?.length) return 'no_primary_key'
  if (holds.some((h) => h.scope === 'system' || h.scope === 'collection')) return 'legal_hold'
  if (rule.renewedUntil && rule.renewedUntil >= today) return 'renewed'
  if (rule.start.kind === 'subject_event' && !isRetentionSubjectEvent(rule.start.event))
    return 'unknown_event'
  if (rule.start.kind === 'date_field' && !collection.hold?.dateField && !eventOfTrigger(trigger))
    return 'no_date_field'
  if (rule.start.kind === 'fixed_date' && !isDue(rule.start.date, today, rule.duration)) return 'not_yet_due'
  return null
}

export const targetLabel = (t: Pick<SweepTarget, 'rule' | 'dataset' | 'collection'>) =>
  `${t.rule.key} / ${t.dataset.key} / ${t.collection.name}`
