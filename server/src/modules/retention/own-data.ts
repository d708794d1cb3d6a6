import type { Actor } from '../../audit/actor'
import { erasureHasher } from '../../connectors/engine/erasure-hash'
import { encodeValues } from '../../connectors/engine/row-codec'
import { type AppContext, inTransaction } from '../../context'
import { Conflict } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import { cutoffDay, type MachineRule, machineRule } from '../../domain/retention/period'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import {
  type ClosedSelection,
  closedRequestsPage,
  countClosedRequests,
  deleteClosedRequests,
} from '../requests'
import { completeRun } from './complete-run'
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
 * Custos's own data under the register's rules (issue 16 item 4, decision 0047). The closed rights requests (with
 * their letters, notes, tasks, attachments - identity document copies included - answer packages and connector
 * runs) follow the register rule for request records: the rule with key `request_records`, or one copied from that
 * entry of the Belgian catalogue (5 years after the closing, delete). The rule is in the register, so the privacy
 * notice shows it; until it is, the plan says `not_in_register` and nothing is removed.
 */
export const OWN_DATASET = 'custos'
export const OWN_COLLECTIONS = [
  { collection: 'requests', catalogue: 'request_records', dateField: 'closed_at' },
]

const SAMPLE = 5
const PAGE = 200

interface OwnTarget {
  ruleKey: string
  collection: string
  dateField: string
  rule: MachineRule | null
  policy: PolicyRow | undefined
  cutoff: string | null
  blocked: PlanItem['blocked']
  holds: LegalHoldRow[]
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
    const personal = personalHolds(holds)
    const blocked: PlanItem['blocked'] = !rule
      ? 'not_in_register'
      : !rule.duration
        ? 'no_duration'
        : rule.action === null
          ? 'no_action'
          : rule.renewedUntil && rule.renewedUntil >= today
            ? 'renewed'
            : null
    return {
      ruleKey: registerRule?.key ?? own.catalogue,
      collection: own.collection,
      dateField: own.dateField,
      rule,
      policy,
      cutoff: rule?.duration ? cutoffDay(today, rule.duration) : null,
      blocked,
      holds: personal,
    }
  })
}

const personalHolds = (holds: readonly LegalHoldRow[]) =>
  holds.filter((h) => h.scope === 'subject' || h.scope === 'request')

function selectionOf(target: Pick<OwnTarget, 'cutoff'>, holds: readonly LegalHoldRow[]): ClosedSelection {
  return {
    before: target.cutoff ?? '0001-01-01',
    heldRequests: holds.flatMap((h) => (h.scope === 'request' && h.request_id ? [h.request_id] : [])),
    heldSubjects: holds.flatMap((h) => (h.scope === 'subject' && h.subject_id ? [h.subject_id] : [])),
  }
}

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
    collection: target.collection,
    action: target.rule?.action === null || !target.rule ? null : 'delete',
    dateField: target.dateField,
    subjectEvent: null,
    cutoff: target.cutoff,
    blocked: target.blocked,
    due: null,
    withheld: null,
    subjects: null,
    renewedByConsent: null,
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
  return ownTargets(register, policies, holds, today).filter((t) => rule === undefined || t.ruleKey === rule)
}

/** What the rules would remove of Custos's own data today: the closed requests due, with sample references. */
export async function planOwnData(
  ctx: AppContext,
  org: Organization,
  today: string,
  rule?: string,
): Promise<PlanItem[]> {
  const items: PlanItem[] = []
  for (const target of await loadOwnTargets(ctx, org, today, rule)) {
    const item = baseItem(target)
    if (!target.blocked) {
      const selection = selectionOf(target, target.holds)
      item.due = await countClosedRequests(ctx.db, org.id, selection)
      item.sampleKeys = (await closedRequestsPage(ctx.db, org.id, selection, null, SAMPLE)).map(
        (r) => r.reference,
      )
    }
    items.push(item)
  }
  return items
}

/**
 * Sweeps Custos's own data like a rule over a collection: approval once, the ceiling, a run record, batches of 200
 * requests each deleted in one transaction of Custos's database together with the run's progress (so a crash
 * neither deletes nor counts twice), and the proof in the audit log (`retention.run_completed`).
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
  const selection = selectionOf(target, target.holds)
  const labels = {
    rule: target.ruleKey,
    dataset: OWN_DATASET,
    system: OWN_DATASET,
    collection: target.collection,
  }
  let run = await findOpenRun(ctx.db, org.id, {
    ruleKey: target.ruleKey,
    datasetKey: OWN_DATASET,
    collection: target.collection,
  })
  if (!run) {
    item.due = await countClosedRequests(ctx.db, org.id, selection)
    if (options.dryRun) {
      item.sampleKeys = (await closedRequestsPage(ctx.db, org.id, selection, null, SAMPLE)).map(
        (r) => r.reference,
      )
      return { ...item, run: null, outcome: 'dry_run' }
    }
    if (!item.approved) return { ...item, run: null, outcome: 'not_approved' }
    if (item.due === 0) return { ...item, run: null, outcome: 'nothing_due' }
    const started = await startSweepRun(ctx, actor, org, {
      rule: target.ruleKey,
      dataset: OWN_DATASET,
      system: OWN_DATASET,
      collection: target.collection,
      action: 'delete',
      cutoff: target.cutoff,
      today,
      due: item.due,
      ceiling: item.ceiling,
      approvedBy: item.approved?.by ?? null,
    })
    run = started.run
    if (started.paused) return { ...item, run, outcome: 'paused' }
  } else if (options.dryRun) {
    // A dry run changes nothing, not even to finish an interrupted sweep (as for the connected systems).
    throw new Conflict('conflict', `A sweep of ${target.collection} is unfinished; run it to resume.`)
  }
  run = await deleteInBatches(ctx, org, target, today, run, options)
  run = await completeRun(ctx, org, labels, run)
  return { ...item, run, outcome: 'completed' }
}

async function deleteInBatches(
  ctx: AppContext,
  org: Organization,
  target: Pick<OwnTarget, 'cutoff'>,
  today: string,
  startRun: RunRow,
  options: SweepOptions,
): Promise<RunRow> {
  let run = startRun
  const hash = erasureHasher(ctx.config.secretKey, org.id)
  const context = `retention-run:${run.id}`
  const size = Math.min(options.batchSize ?? PAGE, PAGE)
  for (;;) {
    const next = await inTransaction(ctx, async (tx) => {
      const after = run.cursor_encrypted
        ? (ctx.encryption.decrypt(run.cursor_encrypted, context) as string)
        : null
      // The holds as they stand now, per batch: a hold placed while a long sweep runs protects from the next batch.
      const selection = selectionOf(target, personalHolds(await listLegalHolds(tx.db, org.id, today)))
      const page = await closedRequestsPage(tx.db, org.id, selection, after, size)
      const last = page[page.length - 1]
      if (!last) return null
      const ids = page.map((r) => r.id)
      const seq = run.batches + 1
      const cursor = ctx.encryption.encrypt(last.id, context)
      const deleted = await deleteClosedRequests(tx.db, org.id, ids)
      await insertBatch(tx.db, {
        run_id: run.id,
        seq,
        status: 'done',
        changes_encrypted: ctx.encryption.encrypt(
          encodeValues({ deletes: [], updates: [], referenced: 0 }),
          context,
        ),
        cursor_encrypted: cursor,
        deletes: deleted,
        masks: 0,
        shared: 0,
        key_hashes: JSON.stringify(ids.map((id) => hash(`retention-key:${encodeValues([id])}`).slice(0, 32))),
      })
      await options.afterApply?.(run, seq)
      return {
        run: await updateRun(tx.db, run.id, {
          batches: seq,
          cursor_encrypted: cursor,
          rows_deleted: Number(run.rows_deleted) + deleted,
        }),
        full: page.length === size,
      }
    })
    if (!next) return run
    run = next.run
    if (!next.full) return run
  }
}
