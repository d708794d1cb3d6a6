import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { Conflict, type FieldIssue, InvalidInput } from '../../domain/errors'
import type { RetentionRule } from '../../domain/register/schema'
import { calendarWindow, daysAfter, type MachineRule, machineRule } from '../../domain/retention/period'
import { dayOfValue } from '../../domain/retention/value-day'
import { consentPurposesOf } from '../consent'
import { listDatasets, openDriverForDataset } from '../datasets'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { OWN_COLLECTIONS, OWN_DATASET } from './own-data'
import { findPolicy, listLegalHolds, listPolicies, type PolicyRow, upsertPolicy } from './repository'
import { dueSource } from './sources'
import { heldRows, heldSubjects, planRetention, todayOf } from './sweep'
import { policySettings, sweepTargets } from './targets'

export interface RuleView {
  rule: RetentionRule
  machine: MachineRule
  policy: PolicyRow | undefined
  /** The collections datasets link to the rule. */
  collections: { dataset: string; system: string; collection: string; dateField: string | null }[]
}

/** The register's retention rules with their machine form and the collections linked to them. */
export async function listRuleViews(ctx: AppContext, org: Organization): Promise<RuleView[]> {
  const [register, datasets, policies] = await Promise.all([
    loadRegister(ctx, org),
    listDatasets(ctx.db, org.id),
    listPolicies(ctx.db, org.id),
  ])
  const byRule = new Map(policies.map((p) => [p.rule_key, p]))
  return register.retentionRules.map((rule) => {
    const policy = byRule.get(rule.key)
    return {
      rule,
      machine: machineRule(rule, policySettings(policy)),
      policy,
      collections: [
        // Custos's own data the rule governs (request records, decision 0047).
        ...OWN_COLLECTIONS.filter(
          (own) => rule.key === own.catalogue || rule.fromCatalogue === own.catalogue,
        ).map((own) => ({
          dataset: OWN_DATASET,
          system: OWN_DATASET,
          collection: own.collection,
          dateField: own.dateField,
        })),
        ...datasets.flatMap((d) =>
          d.document.collections
            .filter((c) => c.hold?.rule === rule.key)
            .map((c) => ({
              dataset: d.key,
              system: d.systemKey,
              collection: c.name,
              dateField: c.hold?.dateField ?? null,
            })),
        ),
      ],
    }
  })
}

export interface PolicyInput {
  startKind?: 'date_field' | 'subject_event' | 'fixed_date' | undefined
  subjectEvent?: string | null | undefined
  fixedDate?: string | null | undefined
  endAction?: 'delete' | 'mask' | 'anonymise' | undefined
  renewedUntil?: string | null | undefined
  runCeiling?: number | null | undefined
  /** The consent purpose whose valid consent renews a person's period (null: no renewal by consent). */
  consentPurpose?: string | null | undefined
}

/**
 * Renewal by consent is only for a rule the register marks renewable with consent, counted from a person's event
 * (the sweep knows whose rows they are), with a consent purpose of the register (decision 0062).
 */
function checkConsentRenewal(
  rule: RetentionRule,
  next: { start_kind: string; consent_purpose: string | null },
  /** The register's consent purposes, when the request names one. */
  purposes: ReadonlySet<string> | null,
): void {
  const purpose = next.consent_purpose
  if (purpose === null) return
  const path = 'body.consentPurpose'
  const issues: FieldIssue[] = []
  if (!rule.consentRenewable)
    issues.push({
      path,
      code: 'invalid_value',
      message: `The register does not say rule "${rule.key}" is renewable with consent (consentRenewable).`,
    })
  else if (next.start_kind !== 'subject_event')
    issues.push({
      path,
      code: 'invalid_value',
      message:
        'Renewal by consent needs a period counted from an event of the person (startKind subject_event); send consentPurpose null to change the start.',
    })
  else if (purposes && !purposes.has(purpose))
    issues.push({
      path,
      code: 'invalid_value',
      message: `The register has no consent purpose "${purpose}".`,
      params: { purpose },
    })
  if (issues.length) throw new InvalidInput(issues)
}

async function ruleOrFail(ctx: AppContext, org: Organization, ruleKey: string): Promise<RetentionRule> {
  const rule = (await loadRegister(ctx, org)).retentionRules.find((r) => r.key === ruleKey)
  if (!rule)
    throw new Conflict('retention_rule_unknown', `The register has no retention rule "${ruleKey}".`, {
      params: { rule: ruleKey },
    })
  return rule
}

/**
 * Sets the machine form of a rule: the start event, the end action, a manual "renewed until" date, the per-run
 * ceiling. A change of the start event or action withdraws the approval: the plan changes, so it is approved anew.
 */
export async function updatePolicy(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  ruleKey: string,
  input: PolicyInput,
): Promise<PolicyRow> {
  const rule = await ruleOrFail(ctx, org, ruleKey)
  const purposes =
    typeof input.consentPurpose === 'string'
      ? new Set((await consentPurposesOf(ctx, org.id, { fresh: true })).keys())
      : null
  return inTransaction(ctx, async (tx) => {
    const current = await findPolicy(tx.db, org.id, ruleKey)
    const startKind = input.startKind ?? current?.start_kind ?? 'date_field'
    const next = {
      start_kind: startKind,
      subject_event:
        startKind === 'subject_event' ? (input.subjectEvent ?? current?.subject_event ?? null) : null,
      fixed_date: startKind === 'fixed_date' ? (input.fixedDate ?? current?.fixed_date ?? null) : null,
      end_action: input.endAction ?? current?.end_action ?? machineRule(rule).action ?? 'mask',
      renewed_until: input.renewedUntil !== undefined ? input.renewedUntil : (current?.renewed_until ?? null),
      run_ceiling: input.runCeiling !== undefined ? input.runCeiling : (current?.run_ceiling ?? null),
      consent_purpose:
        input.consentPurpose !== undefined ? input.consentPurpose : (current?.consent_purpose ?? null),
    }
    if (next.start_kind === 'fixed_date' && !next.fixed_date)
      throw new Conflict('conflict', 'A fixed start needs its date (fixedDate).')
    if (next.start_kind === 'subject_event' && !next.subject_event)
      throw new Conflict('conflict', 'A subject event start needs the event (subjectEvent).')
    checkConsentRenewal(rule, next, purposes)
    const planChanged =
      current !== undefined &&
      (current.start_kind !== next.start_kind ||
        current.end_action !== next.end_action ||
        current.fixed_date !== next.fixed_date ||
        current.subject_event !== next.subject_event ||
        (current.consent_purpose ?? null) !== next.consent_purpose)
    const approval = planChanged
      ? { approved_at: null, approved_by: null, approved_by_label: null, approved_rows: null }
      : {}
    const row = await upsertPolicy(
      tx.db,
      { id: randomUUID(), organization_id: org.id, rule_key: ruleKey, ...next },
      { ...next, ...approval },
    )
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.policy_updated',
      targetType: 'retention_rule',
      targetId: null,
      summary: { rule: ruleKey, ...next, approvalWithdrawn: planChanged },
    })
    return row
  })
}

/**
 * A privacy officer approves a rule's plan once: the plan of today is recorded with the approval (its volume sets
 * the default ceiling of later runs, 10x). Later runs of the rule go unattended until the settings change or a
 * run pauses at its ceiling (approving again accepts the new volume).
 */
export async function approvePlan(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  ruleKey: string,
  options: { today?: string } = {},
): Promise<PolicyRow> {
  const rule = await ruleOrFail(ctx, org, ruleKey)
  const plan = await planRetention(ctx, org, {
    rule: ruleKey,
    ...(options.today ? { today: options.today } : {}),
  })
  const rows = plan.reduce((n, item) => n + (item.due ?? 0), 0)
  return inTransaction(ctx, async (tx) => {
    const current = await findPolicy(tx.db, org.id, ruleKey)
    // The row as it stands (the insert's values are checked even when the row exists and is only updated).
    const defaults = {
      start_kind: current?.start_kind ?? 'date_field',
      subject_event: current?.subject_event ?? null,
      fixed_date: current?.fixed_date ?? null,
      end_action: current?.end_action ?? machineRule(rule).action ?? 'mask',
    }
    const approval = {
      approved_at: new Date(),
      approved_by: actor.type === 'user' ? actor.id : null,
      approved_by_label: actor.label,
      approved_rows: rows,
    }
    const row = await upsertPolicy(
      tx.db,
      { id: randomUUID(), organization_id: org.id, rule_key: ruleKey, ...defaults, ...approval },
      approval,
    )
    await recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.plan_approved',
      targetType: 'retention_rule',
      targetId: null,
      summary: {
        rule: ruleKey,
        rows,
        collections: plan.map((p) => ({
          dataset: p.dataset,
          collection: p.collection,
          due: p.due,
          blocked: p.blocked,
        })),
      },
    })
    return row
  })
}

export interface CalendarEntry {
  rule: string
  dataset: string
  system: string
  collection: string
  /**
   * Rows that fall due within 30, 90 and 365 days (after today), without the rows a legal hold keeps; `held`: the
   * rows that would fall due then but a legal hold keeps (on their person, their request, the collection or the
   * system) - no sweep touches them while the hold lasts.
   */
  within: { days: number; rows: number; held: number }[]
}

export const CALENDAR_HORIZONS = [30, 90, 365] as const

/**
 * What falls due in the next 30, 90 and 365 days per rule and collection: counts by date range, set-based. Rows under
 * a legal hold are left out of the counts and shown as held, as the plan and the sweeps leave them out.
 */
export async function retentionCalendar(
  ctx: AppContext,
  org: Organization,
  options: { today?: string } = {},
): Promise<CalendarEntry[]> {
  const today = options.today ?? todayOf()
  const [register, datasets, policies, holds] = await Promise.all([
    loadRegister(ctx, org),
    listDatasets(ctx.db, org.id),
    listPolicies(ctx.db, org.id),
    listLegalHolds(ctx.db, org.id, today),
  ])
  const entries: CalendarEntry[] = []
  for (const target of sweepTargets(register, datasets, policies, holds, today)) {
    const dateField = target.dateField
    if ((!dateField && !target.subjectEvent) || !target.rule.duration) continue
    const kind = target.dataset.connector
    if (kind !== 'postgres' && kind !== 'mysql') continue
    const driver = openDriverForDataset(ctx, target.dataset)
    try {
      const scanner = driver.retention
      if (!scanner) continue
      // A hold on the whole collection or system keeps every row; a hold on a person (or their request) keeps theirs.
      const wholeHeld = target.blocked === 'legal_hold'
      const subjects = wholeHeld ? [] : await heldSubjects(ctx, org, target)
      const heldByPerson =
        dateField && subjects.length
          ? (await heldRows(ctx, org, target, driver, subjects)).flatMap((row) => {
              // Counted as the calendar's date range counts them (already masked rows too).
              const day = dayOfValue(row[dateField])
              return day ? [day] : []
            })
          : []
      const within: CalendarEntry['within'] = []
      // Renewal by consent, without a manual renewal covering today: a person already due by their event whose
      // consent keeps them today falls due the day after that consent's renewal ends.
      const byConsent =
        !dateField &&
        target.rule.consentPurpose !== null &&
        target.cutoff !== null &&
        !(target.rule.renewedUntil && target.rule.renewedUntil >= today)
      /** Rows due within the horizon, with the people of `exclude` left out (subject events). */
      const dueWithin = async (days: number, exclude: readonly string[]) => {
        const window = calendarWindow(target.rule, today, days)
        if (!window) return 0
        const end = daysAfter(today, days)
        // By a subject event: the rows of the people whose event lies in the window (decision 0047).
        const rows = dateField
          ? await scanner.countDue(target.collection, { dateField, before: window.to, from: window.from })
          : await dueSource(ctx, org, { ...target, cutoff: window.to }, driver, {
              from: window.from,
              heldSubjects: exclude,
              // A person whose consent still keeps them on the horizon's last day does not fall due within it.
              renewalDay: end,
            }).count()
        // ... and the people due by their event before today whose consent renews them today but not on that day.
        const renewalEnding = byConsent
          ? await dueSource(ctx, org, target, driver, {
              heldSubjects: exclude,
              renewalDay: end,
              renewalEndsAfter: today,
            }).count()
          : 0
        return rows + renewalEnding
      }
      for (const days of CALENDAR_HORIZONS) {
        const window = calendarWindow(target.rule, today, days)
        if (wholeHeld) {
          within.push({ days, rows: 0, held: await dueWithin(days, []) })
        } else if (dateField) {
          const all = await dueWithin(days, [])
          const held = window ? heldByPerson.filter((day) => day >= window.from && day < window.to).length : 0
          within.push({ days, rows: all - held, held })
        } else {
          const rows = await dueWithin(days, subjects)
          const held = subjects.length ? (await dueWithin(days, [])) - rows : 0
          within.push({ days, rows, held })
        }
      }
      entries.push({
        rule: target.rule.key,
        dataset: target.dataset.key,
        system: target.dataset.systemKey,
        collection: target.collection.name,
        within,
      })
    } finally {
      await driver.close()
    }
  }
  return entries
}
