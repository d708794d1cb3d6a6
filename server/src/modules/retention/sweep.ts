import type { Actor } from '../../audit/actor'
import type { Driver } from '../../connectors/driver'
import { readDataset } from '../../connectors/engine/read-dataset'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { Row } from '../../domain/datasets/write-plan'
import { keyOf } from '../../domain/datasets/write-plan'
import { Conflict } from '../../domain/errors'
import type { RetentionSubjectEvent } from '../../domain/retention/subject-events'
import { listDatasets, openDriverForDataset } from '../datasets'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { searchIdentitiesOf } from '../subjects'
import { sweepEndpointLabel } from './http-sweep'
import { sweepOutsideSql } from './manual-sweep'
import { planOwnData, sweepOwnData } from './own-data'
import { findOpenRun, listLegalHolds, listPolicies, type RunRow, updateRun } from './repository'
import { type ConsentRenewals, type DueSource, dueSource, keyText } from './sources'
import { startSweepRun } from './start-run'
import { applyBatches, type BatchOptions } from './sweep-batches'
import { type Blocked, type SweepTarget, type SweepVia, sweepTargets, targetLabel } from './targets'

export { DEFAULT_BATCH_SIZE } from './sweep-batches'
/** Without a ceiling of its own, a run stops and asks when it is due more than 10x the approved volume. */
export const CEILING_FACTOR = 10
export const MIN_CEILING = 1000
const SAMPLE_KEYS = 5

export interface SweepOptions extends BatchOptions {
  /** yyyy-MM-dd; the sweep's "today" (default: the current day). */
  today?: string
  dryRun?: boolean
  /** Only this rule. */
  rule?: string
  /** Tests: the fetch of an HTTP sweep endpoint's call (default: the connector guard's). */
  fetch?: typeof fetch
}

export interface PlanItem {
  rule: string
  dataset: string
  system: string
  collection: string
  action: string | null
  dateField: string | null
  /** The period counts from this lifecycle event of the person in the subject index (else null). */
  subjectEvent: RetentionSubjectEvent | null
  cutoff: string | null
  blocked: Blocked | null
  /** Rows due now (null when blocked or not countable). */
  due: number | null
  /**
   * Rows of the people whose period ended that records outside them still refer to (a household's shared address):
   * kept, "shared with other records" (subject events only; null when not counted).
   */
  withheld: number | null
  /**
   * For a subject event: the people whose event lies before the cutoff (their rows are the ones due), without the
   * people whose consent renewed their period.
   */
  subjects: number | null
  /** Renewal by consent: the people left out because their consent renewed their period, and until when. */
  renewedByConsent: ConsentRenewals | null
  /**
   * The subject index (Custos's own data): people whose period in the index ended but who stay in it because a rule
   * over a system that counts from an event of theirs has not swept their rows yet (review m2), per rule; else null.
   */
  keptInIndex: { rule: string; people: number }[] | null
  sampleKeys: string[]
  holds: { id: string; scope: string; reason: string; endsOn: string | null }[]
  approved: { by: string | null; at: Date; rows: number } | null
  ceiling: number | null
  /** How the sweep reaches the system (decision 0094): SQL batches, one HTTP call, or a task for a person. */
  via: SweepVia
  /** An HTTP sweep: the call it will make ("DELETE host/path"), else null. */
  endpoint: string | null
}

export interface SweepOutcome extends PlanItem {
  run: RunRow | null
  /** What happened: ran to completion, paused at the ceiling, not approved, blocked, nothing due, dry run. */
  outcome:
    | 'completed'
    | 'paused'
    | 'not_approved'
    | 'blocked'
    | 'nothing_due'
    | 'dry_run'
    | 'failed'
    | 'waiting'
}

/**
 * The sweep's day: the Brussels calendar date, as every other date of Custos (an erasure records the rows a legal
 * hold keeps as due from the Brussels day before; the UTC date lagged one day behind it from midnight to 01:00 or
 * 02:00 Brussels time, so a hold lifted then was not swept until the next day).
 */
export const todayOf = (date = new Date()): string => toBrusselsDate(date)

export function ceilingOf(target: SweepTarget): number | null {
  const policy = target.policy
  if (!policy) return null
  if (policy.run_ceiling !== null) return policy.run_ceiling
  if (policy.approved_rows === null) return null
  return Math.max(MIN_CEILING, Number(policy.approved_rows) * CEILING_FACTOR)
}

function approvalOf(target: SweepTarget): PlanItem['approved'] {
  const p = target.policy
  return p?.approved_at
    ? { by: p.approved_by_label, at: p.approved_at, rows: Number(p.approved_rows ?? 0) }
    : null
}

async function loadTargets(ctx: AppContext, org: Organization, today: string, rule?: string) {
  const [register, datasets, policies, holds] = await Promise.all([
    loadRegister(ctx, org),
    listDatasets(ctx.db, org.id),
    listPolicies(ctx.db, org.id),
    listLegalHolds(ctx.db, org.id, today),
  ])
  return sweepTargets(register, datasets, policies, holds, today).filter(
    (t) => rule === undefined || t.rule.key === rule,
  )
}

function baseItem(target: SweepTarget): PlanItem {
  return {
    rule: target.rule.key,
    dataset: target.dataset.key,
    system: target.dataset.systemKey,
    collection: target.collection.name,
    action: target.rule.action,
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
    approved: approvalOf(target),
    ceiling: target.via === 'sql' ? ceilingOf(target) : null,
    via: target.via,
    endpoint: sweepEndpointLabel(target),
  }
}

/** The subjects under a legal hold: a subject hold, or a request hold through the request's subject. */
export async function heldSubjects(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
): Promise<string[]> {
  const subjects = new Set<string>()
  for (const hold of target.holds) {
    if (hold.scope === 'subject' && hold.subject_id) subjects.add(hold.subject_id)
    if (hold.scope === 'request' && hold.request_id) {
      const request = await ctx.db
        .selectFrom('requests')
        .select('subject_id')
        .where('organization_id', '=', org.id)
        .where('id', '=', hold.request_id)
        .executeTakeFirst()
      if (request?.subject_id) subjects.add(request.subject_id)
    }
  }
  return [...subjects]
}

/**
 * The collection's rows that belong to a subject under a legal hold: read through the dataset's traversal with the
 * subject's identities (the rows an erasure request of theirs would reach), each row once.
 */
export async function heldRows(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
  driver: Driver,
  subjects: readonly string[],
): Promise<Row[]> {
  const rows = new Map<string, Row>()
  for (const subjectId of subjects) {
    const identities = await searchIdentitiesOf(ctx, org.id, subjectId)
    if (identities.length === 0) continue
    const read = await readDataset(driver, target.dataset.document, identities)
    for (const c of read.collections)
      if (c.collection === target.collection.name)
        for (const row of c.rows) rows.set(keyText(keyOf(target.collection, row)), row)
  }
  return [...rows.values()]
}

/** The keys of the collection's rows under a legal hold on their person, once per run: kept out of every batch. */
async function heldKeys(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
  driver: Driver,
  subjects: readonly string[],
): Promise<Set<string>> {
  const rows = await heldRows(ctx, org, target, driver, subjects)
  return new Set(rows.map((row) => keyText(keyOf(target.collection, row))))
}

/** What each rule would do today, per collection: counts, a few sample keys, the holds that apply. */
export async function planRetention(
  ctx: AppContext,
  org: Organization,
  options: Pick<SweepOptions, 'today' | 'rule'> = {},
): Promise<PlanItem[]> {
  const today = options.today ?? todayOf()
  const items: PlanItem[] = []
  for (const target of await loadTargets(ctx, org, today, options.rule)) {
    const item = baseItem(target)
    if (!target.blocked && target.via === 'sql') {
      const driver = openDriverForDataset(ctx, target.dataset)
      try {
        if (driver.retention) {
          const source = dueSource(ctx, org, target, driver, {
            heldSubjects: await heldSubjects(ctx, org, target),
            renewalDay: today,
          })
          await countInto(item, source, target)
        }
      } finally {
        await driver.close()
      }
    }
    items.push(item)
  }
  return [...items, ...(await planOwnData(ctx, org, today, options.rule))]
}

/**
 * Runs the sweeps of an organisation (or one rule): for each collection linked to a rule whose plan a privacy
 * officer approved, the due rows are read a page at a time in key order and deleted or masked through the
 * connector; each batch is recorded (its exact changes, encrypted) before it is applied and marked done after, so
 * a run that crashed resumes with the same batch and the next key, never applying or counting anything twice. A
 * run due more rows than its ceiling pauses before it changes anything.
 */
export async function runRetention(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: SweepOptions = {},
): Promise<SweepOutcome[]> {
  const today = options.today ?? todayOf()
  const outcomes: SweepOutcome[] = []
  for (const target of await loadTargets(ctx, org, today, options.rule)) {
    outcomes.push(await sweepTarget(ctx, actor, org, target, today, options))
  }
  return [...outcomes, ...(await sweepOwnData(ctx, actor, org, today, options))]
}

async function sweepTarget(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  target: SweepTarget,
  today: string,
  options: SweepOptions,
): Promise<SweepOutcome> {
  const item = baseItem(target)
  if (target.blocked) return { ...item, run: null, outcome: 'blocked' }
  if (target.via !== 'sql') {
    // Each key with the held people whose record it is: the task's list marks it once their holds have ended.
    const readHeldKeys = async () => {
      const subjects = await heldSubjects(ctx, org, target)
      if (subjects.length === 0) return []
      const driver = openDriverForDataset(ctx, target.dataset)
      try {
        const byKey = new Map<string, string[]>()
        for (const subject of subjects)
          for (const row of await heldRows(ctx, org, target, driver, [subject])) {
            const key = keyText(keyOf(target.collection, row))
            byKey.set(key, [...(byKey.get(key) ?? []), subject])
          }
        return [...byKey].map(([key, heldFor]) => ({ key, subjects: heldFor }))
      } finally {
        await driver.close()
      }
    }
    const readHeld = () => heldSubjects(ctx, org, target)
    return {
      ...item,
      ...(await sweepOutsideSql(ctx, actor, org, target, today, options, readHeldKeys, readHeld)),
    }
  }
  const driver = openDriverForDataset(ctx, target.dataset)
  try {
    if (!driver.retention) return { ...item, blocked: 'not_sql', run: null, outcome: 'blocked' }
    const subjects = await heldSubjects(ctx, org, target)
    const source = dueSource(ctx, org, target, driver, { heldSubjects: subjects, renewalDay: today })
    let run = await findOpenRun(ctx.db, org.id, {
      ruleKey: target.rule.key,
      datasetKey: target.dataset.key,
      collection: target.collection.name,
    })
    if (!run) {
      if (options.dryRun) {
        await countInto(item, source, target)
        return { ...item, run: null, outcome: 'dry_run' }
      }
      const tally = await source.tally()
      item.due = tally.due
      item.withheld = tally.withheld
      if (target.rule.consentPurpose) item.renewedByConsent = tally.renewed
      if (!item.approved) return { ...item, run: null, outcome: 'not_approved' }
      if (item.due === 0) return { ...item, run: null, outcome: 'nothing_due' }
      const started = await startSweepRun(ctx, actor, org, {
        rule: target.rule.key,
        dataset: target.dataset.key,
        system: target.dataset.systemKey,
        collection: target.collection.name,
        action: target.rule.action ?? 'mask',
        cutoff: target.cutoff,
        subjectEvent: target.subjectEvent,
        today,
        due: item.due,
        ceiling: ceilingOf(target),
        approvedBy: item.approved?.by ?? null,
        renewedByConsent: target.rule.consentPurpose
          ? { purpose: target.rule.consentPurpose, ...tally.renewed }
          : null,
      })
      run = started.run
      if (started.paused) return { ...item, run, outcome: 'paused' }
    } else if (options.dryRun) {
      throw new Conflict('conflict', `A sweep of ${targetLabel(target)} is unfinished; run it to resume.`)
    }
    try {
      const held = subjects.length ? await heldKeys(ctx, org, target, driver, subjects) : new Set<string>()
      run = await applyBatches(ctx, org, target, driver, run, source, held, options)
    } catch (error) {
      ctx.logger.error({ err: error, run: run.id }, 'Retention sweep stopped; it resumes on the next run')
      // Still running (the next sweep resumes it), marked so the overview can say it stopped.
      await updateRun(ctx.db, run.id, { reason: 'stopped_by_error' }).catch(() => undefined)
      throw error
    }
    return { ...item, run, outcome: 'completed' }
  } finally {
    await driver.close()
  }
}

/** Counts what a source would sweep now, with a few sample keys (the plan and a dry run). */
async function countInto(item: PlanItem, source: DueSource, target: SweepTarget): Promise<void> {
  const tally = await source.tally()
  item.due = tally.due
  item.withheld = tally.withheld
  const subjects = await source.subjects()
  item.subjects = subjects === null ? null : subjects - tally.renewedPeople
  if (target.rule.consentPurpose) item.renewedByConsent = tally.renewed
  const sample = await source.page(null, SAMPLE_KEYS, [])
  item.sampleKeys = sample.rows.slice(0, SAMPLE_KEYS).map((row) => keyText(keyOf(target.collection, row)))
}
