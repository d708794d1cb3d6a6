import type { Actor } from '../../audit/actor'
import { erasureHasher } from '../../connectors/engine/erasure-hash'
import { encodeValues } from '../../connectors/engine/row-codec'
import { type AppContext, inTransaction } from '../../context'
import { Conflict } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import { cutoffDay, type MachineRule, machineRule } from '../../domain/retention/period'
import {
  eventOfTrigger,
  isRetentionSubjectEvent,
  type RetentionSubjectEvent,
} from '../../domain/retention/subject-events'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { completeRun } from './complete-run'
import { type IndexKeep, indexKeeps, keepsByRule } from './index-keeps'
import { type OwnKind, type OwnScope, ownSource } from './own-data-sources'
import {
  findOpenRun,
  insertBatch,
  type LegalHoldRow,
  listLegalHolds,
  listPolicies,
  type PolicyRow,
  type RunRow,
  updateRun,
} from './repository'
import { startSweepRun } from './start-run'
import type { PlanItem, SweepOptions, SweepOutcome } from './sweep'
import { policySettings } from './targets'

/**
 * Custos's own data under the register's rules (issue 16 item 4, decisions 0047 and 0085). Each kind follows the
 * register rule with the catalogue entry's key, or one copied from that entry of the Belgian catalogue:
 * - `requests`: closed rights requests with their letters, notes, tasks, attachments (identity document copies
 *   included), answer packages and connector runs - `request_records`, 5 years after the closing;
 * - `outbox`: the mails the outbox is done with that are no letter of a request or breach still in Custos -
 *   `mail_records`, 1 year after the mail was written;
 * - `subjects`: people of the subject index whose relationship ended - `subject_index`, 10 years after the end of
 *   the relationship (or the event the rule's start names), erased as the subjects module erases a person;
 * - `audit`: the organisation's audit events - `audit_log`, 5 years after the event - emptied in place so that the
 *   installation's hash chain still verifies (decision 0085);
 * - `task_lists`: the lists of sweep tasks nobody closed - `retention_task_lists`, 6 months after the task was
 *   created - deleted, the run kept as the proof.
 * The rule is in the register, so the privacy notice shows it; until it is, the plan says `not_in_register` and
 * nothing is removed.
 */
export const OWN_DATASET = 'custos'
export const OWN_COLLECTIONS: readonly {
  collection: OwnKind
  catalogue: string
  dateField: string | null
}[] = [
  { collection: 'requests', catalogue: 'request_records', dateField: 'closed_at' },
  { collection: 'outbox', catalogue: 'mail_records', dateField: 'created_at' },
  { collection: 'subjects', catalogue: 'subject_index', dateField: null },
  { collection: 'audit', catalogue: 'audit_log', dateField: 'occurred_at' },
  { collection: 'task_lists', catalogue: 'retention_task_lists', dateField: 'started_at' },
]

/** What a sweep does to a kind: audit events are emptied in place (the chain keeps them), the rest deleted. */
const actionOf = (kind: OwnKind) => (kind === 'audit' ? 'anonymise' : 'delete')

const SAMPLE = 5
const PAGE = 200

interface OwnTarget {
  kind: OwnKind
  ruleKey: string
  dateField: string | null
  rule: MachineRule | null
  subjectEvent: RetentionSubjectEvent | null
  policy: PolicyRow | undefined
  cutoff: string | null
  blocked: PlanItem['blocked']
  holds: LegalHoldRow[]
  /** The subject index: the people rules over the systems still need in it (review m2); else empty. */
  keeps: IndexKeep[]
}

function ownTargets(
  register: RegisterDocument,
  policies: readonly PolicyRow[],
  holds: readonly LegalHoldRow[],
  today: string,
): OwnTarget[] {
  return OWN_COLLECTIONS.map((own) => {
    const registerRule = register.retentionRules.find(
      (r) => r.key === own.catalogue || r.fromCatalogue === own.catalogue,
    )
    const policy = registerRule ? policies.find((p) => p.rule_key === registerRule.key) : undefined
    const rule = registerRule ? machineRule(registerRule, policySettings(policy)) : null
    // The subject index counts from the person's event: the rule's start, else the event the trigger names.
    const subjectEvent =
      own.collection !== 'subjects' || !rule || !registerRule
        ? null
        : rule.start.kind === 'subject_event'
          ? isRetentionSubjectEvent(rule.start.event)
            ? rule.start.event
            : null
          : eventOfTrigger(registerRule.trigger)
    const blocked: PlanItem['blocked'] = !rule
      ? 'not_in_register'
      : !rule.duration
        ? 'no_duration'
        : rule.action === null
          ? 'no_action'
          : own.collection === 'subjects' && !subjectEvent
            ? 'unknown_event'
            : rule.renewedUntil && rule.renewedUntil >= today
              ? 'renewed'
              : null
    return {
      kind: own.collection,
      ruleKey: registerRule?.key ?? own.catalogue,
      dateField: own.dateField,
      rule,
      subjectEvent,
      policy,
      cutoff: rule?.duration ? cutoffDay(today, rule.duration) : null,
      blocked,
      holds: personalHolds(holds),
      keeps: [],
    }
  })
}

const personalHolds = (holds: readonly LegalHoldRow[]) =>
  holds.filter((h) => h.scope === 'subject' || h.scope === 'request')

function ceilingOf(policy: PolicyRow | undefined): number | null {
  if (!policy) return null
  if (policy.run_ceiling !== null) return policy.run_ceiling
  if (policy.approved_rows === null) return null
  return Math.max(1000, Number(policy.approved_rows) * 10)
}

function baseItem(target: OwnTarget): PlanItem {
  const p = target.policy
  return {
    rule: target.ruleKey,
    dataset: OWN_DATASET,
    system: OWN_DATASET,
    collection: target.kind,
    via: 'sql',
    endpoint: null,
    action: target.rule?.action === null || !target.rule ? null : actionOf(target.kind),
    dateField: target.dateField,
    subjectEvent: target.subjectEvent,
    cutoff: target.cutoff,
    blocked: target.blocked,
    due: null,
    withheld: null,
    subjects: null,
    renewedByConsent: null,
    keptInIndex: null,
    sampleKeys: [],
    holds: target.holds.map((h) => ({ id: h.id, scope: h.scope, reason: h.reason, endsOn: h.ends_on })),
    approved: p?.approved_at
      ? { by: p.approved_by_label, at: p.approved_at, rows: Number(p.approved_rows ?? 0) }
      : null,
    ceiling: ceilingOf(p),
  }
}

async function loadOwnTargets(ctx: AppContext, org: Organization, today: string, rule?: string) {
  const [register, policies, holds] = await Promise.all([
    loadRegister(ctx, org),
    listPolicies(ctx.db, org.id),
    listLegalHolds(ctx.db, org.id, today),
  ])
  const targets = ownTargets(register, policies, holds, today).filter(
    (t) => rule === undefined || t.ruleKey === rule,
  )
  for (const target of targets)
    if (target.kind === 'subjects' && !target.blocked)
      target.keeps = await indexKeeps(ctx, org, register, policies, holds, today)
  return targets
}

/** The source of a target's due records on a day, with a cutoff (a resumed run: the run's own, not today's). */
function sourceOf(
  ctx: AppContext,
  org: Organization,
  target: OwnTarget,
  when: { before: string; today: string },
  holds: readonly LegalHoldRow[],
) {
  const scope: OwnScope = {
    org,
    before: when.before,
    today: when.today,
    holds: personalHolds(holds),
    keep: target.keeps.map((k) => k.span),
  }
  return ownSource(ctx, target.kind, scope, target.rule as MachineRule, target.subjectEvent)
}

/** Counts what a target would remove (the plan and a dry run): records due, a few sample keys, consent renewals. */
async function countInto(
  ctx: AppContext,
  org: Organization,
  target: OwnTarget,
  today: string,
  item: PlanItem,
) {
  const source = sourceOf(ctx, org, target, { before: target.cutoff as string, today }, target.holds)
  const tally = await source.tally(ctx)
  item.due = tally.due
  if (target.kind === 'subjects') item.subjects = tally.due
  if (tally.renewed) item.renewedByConsent = tally.renewed
  item.sampleKeys = (await source.page(ctx.db, null, SAMPLE)).entries.slice(0, SAMPLE).map((e) => e.label)
  if (target.kind === 'subjects' && source.keptBy) {
    // "Kept in the index until <rule> is swept": the people each rule over a system still needs (review m2).
    item.keptInIndex = []
    for (const [rule, spans] of keepsByRule(target.keeps)) {
      const people = await source.keptBy(ctx, spans)
      if (people > 0) item.keptInIndex.push({ rule, people })
    }
  }
  return tally
}

/** What the rules would remove of Custos's own data today: per kind the records due, with sample keys. */
export async function planOwnData(
  ctx: AppContext,
  org: Organization,
  today: string,
  rule?: string,
): Promise<PlanItem[]> {
  const items: PlanItem[] = []
  for (const target of await loadOwnTargets(ctx, org, today, rule)) {
    const item = baseItem(target)
    if (!target.blocked) await countInto(ctx, org, target, today, item)
    items.push(item)
  }
  return items
}

/**
 * Sweeps Custos's own data like a rule over a collection: approval once, the ceiling, a run record, batches each
 * removed in one transaction of Custos's database together with the run's progress (so a crash neither removes
 * nor counts twice), and the proof in the audit log (`retention.run_completed`).
 */
export async function sweepOwnData(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  today: string,
  options: SweepOptions,
): Promise<SweepOutcome[]> {
  const outcomes: SweepOutcome[] = []
  for (const target of await loadOwnTargets(ctx, org, today, options.rule)) {
    outcomes.push(await sweepOne(ctx, actor, org, target, today, options))
  }
  return outcomes
}

async function sweepOne(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: OwnTarget,
  today: string,
  options: SweepOptions,
): Promise<SweepOutcome> {
  const item = baseItem(target)
  if (target.blocked) return { ...item, run: null, outcome: 'blocked' }
  const labels = { rule: target.ruleKey, dataset: OWN_DATASET, system: OWN_DATASET, collection: target.kind }
  let run = await findOpenRun(ctx.db, org.id, {
    ruleKey: target.ruleKey,
    datasetKey: OWN_DATASET,
    collection: target.kind,
  })
  if (!run) {
    if (options.dryRun) {
      await countInto(ctx, org, target, today, item)
      return { ...item, run: null, outcome: 'dry_run' }
    }
    const source = sourceOf(ctx, org, target, { before: target.cutoff as string, today }, target.holds)
    const tally = await source.tally(ctx)
    item.due = tally.due
    if (target.kind === 'subjects') item.subjects = tally.due
    if (tally.renewed) item.renewedByConsent = tally.renewed
    if (!item.approved) return { ...item, run: null, outcome: 'not_approved' }
    if (item.due === 0) return { ...item, run: null, outcome: 'nothing_due' }
    const purpose = target.rule?.consentPurpose ?? null
    const started = await startSweepRun(ctx, actor, org, {
      rule: target.ruleKey,
      dataset: OWN_DATASET,
      system: OWN_DATASET,
      collection: target.kind,
      action: actionOf(target.kind),
      cutoff: target.cutoff,
      subjectEvent: target.subjectEvent,
      today,
      due: item.due,
      ceiling: item.ceiling,
      approvedBy: item.approved?.by ?? null,
      renewedByConsent: purpose && tally.renewed ? { purpose, ...tally.renewed } : null,
    })
    run = started.run
    if (started.paused) return { ...item, run, outcome: 'paused' }
  } else if (options.dryRun) {
    // A dry run changes nothing, not even to finish an interrupted sweep (as for the connected systems).
    throw new Conflict('conflict', `A sweep of ${target.kind} is unfinished; run it to resume.`)
  }
  run = await removeInBatches(ctx, actor, org, target, run, options)
  run = await completeRun(ctx, org, labels, run)
  return { ...item, run, outcome: 'completed' }
}

/**
 * The run's batches. The selection is the run's: its cutoff and its day, as recorded when it began - a run
 * resumed on a later day goes on with what it was approved and started for, never with a later cutoff.
 */
async function removeInBatches(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: OwnTarget,
  startRun: RunRow,
  options: SweepOptions,
): Promise<RunRow> {
  let run = startRun
  const when = { before: run.cutoff ?? (target.cutoff as string), today: run.today }
  const hash = erasureHasher(ctx.config.secretKey, org.id)
  const context = `retention-run:${run.id}`
  const size = Math.min(options.batchSize ?? PAGE, PAGE)
  const emptied = actionOf(target.kind) === 'anonymise'
  for (;;) {
    const next = await inTransaction(ctx, async (tx) => {
      const after = run.cursor_encrypted
        ? (ctx.encryption.decrypt(run.cursor_encrypted, context) as string)
        : null
      // The holds as they stand now, per batch: a hold placed while a long sweep runs protects from the next batch.
      const holds = await listLegalHolds(tx.db, org.id, when.today)
      const source = sourceOf(ctx, org, target, when, holds)
      const page = await source.page(tx.db, after, size)
      if (page.entries.length === 0 && (page.done || page.cursor === after)) return null
      const cursor = page.cursor === null ? null : ctx.encryption.encrypt(page.cursor, context)
      if (page.entries.length === 0)
        // Only people a consent renews on this page: read past, nothing removed, no batch.
        return { run: await updateRun(tx.db, run.id, { cursor_encrypted: cursor }), done: page.done }
      const ids = page.entries.map((e) => e.id)
      const seq = run.batches + 1
      const removed = await source.remove(tx, actor, ids)
      await insertBatch(tx.db, {
        run_id: run.id,
        seq,
        status: 'done',
        changes_encrypted: ctx.encryption.encrypt(
          encodeValues({ deletes: [], updates: [], referenced: 0 }),
          context,
        ),
        cursor_encrypted: cursor ?? '',
        deletes: emptied ? 0 : removed,
        masks: emptied ? removed : 0,
        shared: 0,
        key_hashes: JSON.stringify(ids.map((id) => hash(`retention-key:${encodeValues([id])}`).slice(0, 32))),
      })
      await options.afterApply?.(run, seq)
      return {
        run: await updateRun(tx.db, run.id, {
          batches: seq,
          cursor_encrypted: cursor,
          ...(emptied
            ? { rows_masked: Number(run.rows_masked) + removed }
            : { rows_deleted: Number(run.rows_deleted) + removed }),
        }),
        done: page.done,
      }
    })
    if (!next) return run
    run = next.run
    if (next.done) return run
  }
}
