import type { Driver, DueScan } from '../../connectors/driver'
import { readDataset } from '../../connectors/engine/read-dataset'
import { findSharedInCollection } from '../../connectors/engine/shared-check'
import type { AppContext } from '../../context'
import type { Row } from '../../domain/datasets/write-plan'
import { keyOf } from '../../domain/datasets/write-plan'
import { consentRenewalEnd } from '../../domain/retention/period'
import { subjectEventStart } from '../../domain/retention/subject-events'
import { pendingCondition, sweepStrategies } from '../../domain/retention/sweep-plan'
import { givenConsentsOfSubjects } from '../consent'
import type { Organization } from '../organizations'
import {
  countSubjectsByLifecycleDate,
  searchIdentitiesOfSubjects,
  subjectsByLifecycleDate,
} from '../subjects'
import type { SweepTarget } from './targets'

/** People per page of a sweep counted from a subject event: one read of the dataset's traversal per page. */
export const SUBJECTS_PER_PAGE = 200

export const keyText = (key: readonly unknown[]) =>
  key.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('|')

export interface DuePage {
  rows: Row[]
  /** Where the next page starts (a primary key, or the last subject id of the page). */
  cursor: unknown[] | null
  /** No page after this one. */
  done: boolean
  /**
   * Rows of the page left untouched because records outside the page's people refer to them (a household's shared
   * address): the erasure engine's shared-row check, issue 10 item 1. Not in `rows`.
   */
  withheld: number
  /**
   * The last day kept of each person of the page whose consent renewed their period (left out of `rows`) and who has
   * rows in the collection; filled when the renewals are counted.
   */
  renewedUntil: string[]
  /** The people of the page whose consent renewed their period, with rows in the collection or not. */
  renewedPeople: number
}

/** The people whose valid consent renewed their period (renewal by consent, decision 0062). */
export interface ConsentRenewals {
  people: number
  /** The earliest and the latest day to which a consent renewed a person's period. */
  firstUntil: string | null
  lastUntil: string | null
}

/**
 * Where a sweep's due rows come from. By a date field: the collection's rows dated before the cutoff, in key order
 * (one indexed range condition). By a subject event: the people of the subject index whose event is before the
 * cutoff, in id order, and for each page of them the rows the dataset's traversal finds with their identities -
 * the same rows an erasure request of theirs would reach (decision 0047).
 */
export interface DueSource {
  /** Rows due now (without the rows withheld as shared). */
  count(): Promise<number>
  /** Rows due now and rows withheld because other records refer to them (subject events only; else 0). */
  tally(): Promise<{ due: number; withheld: number; renewed: ConsentRenewals; renewedPeople: number }>
  /** People whose period ended (subject events only). */
  subjects(): Promise<number | null>
  page(after: unknown[] | null, limit: number, fields: readonly string[]): Promise<DuePage>
}

export function scanOf(target: SweepTarget): DueScan {
  const pending = pendingCondition(sweepStrategies(target.collection, target.rule.action ?? 'mask'))
  return {
    dateField: target.dateField,
    before: target.cutoff,
    ...(pending.length ? { pending } : {}),
  }
}

/** The JavaScript twin of the scanner's "not yet changed" condition (IS DISTINCT FROM the masked value). */
function isPending(row: Row, pending: DueScan['pending']): boolean {
  if (!pending?.length) return true
  return pending.some(({ field, value }) => {
    const current = row[field]
    if (value === null) return current !== null && current !== undefined
    return current === null || current === undefined || String(current) !== String(value)
  })
}

export function dueSource(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
  driver: Driver,
  options: {
    from?: string | null
    heldSubjects?: readonly string[]
    /** The day a consent must still renew a person's period on to leave them out (renewal by consent). */
    renewalDay: string
    /**
     * The calendar's case: only the people whose consent renews their period on this day (today) and no longer on
     * `renewalDay` (the horizon's last day) - they fall due the day after their consent's renewal ends.
     */
    renewalEndsAfter?: string
  },
): DueSource {
  const scan: DueScan = { ...scanOf(target), ...(options.from ? { from: options.from } : {}) }
  const event = target.subjectEvent
  if (!event) {
    const scanner = driver.retention
    if (!scanner) throw new Error('not a SQL driver')
    return {
      count: () => scanner.countDue(target.collection, scan),
      tally: async () => ({
        due: await scanner.countDue(target.collection, scan),
        withheld: 0,
        renewed: { people: 0, firstUntil: null, lastUntil: null },
        renewedPeople: 0,
      }),
      subjects: async () => null,
      async page(after, limit, fields) {
        const rows = await scanner.pageDue(target.collection, scan, after, limit, fields)
        const last = rows[rows.length - 1]
        return {
          rows,
          cursor: last ? keyOf(target.collection, last) : after,
          done: rows.length < limit,
          withheld: 0,
          renewedUntil: [],
          renewedPeople: 0,
        }
      },
    }
  }
  const selection = {
    start: subjectEventStart(event),
    before: target.cutoff ?? '0001-01-01',
    from: options.from ?? null,
    exclude: options.heldSubjects ?? [],
  }
  // A person whose consent for the rule's purpose is valid on the renewal day and was given recently enough that the
  // period counted from it has not ended is left out, with the last day their consent keeps them.
  const purpose = target.rule.consentPurpose
  const duration = target.rule.duration
  const renewalDay = options.renewalDay
  const renewedPeople = async (subjectIds: string[], on: string): Promise<Map<string, string>> => {
    const renewed = new Map<string, string>()
    if (!purpose || !duration || !on || subjectIds.length === 0) return renewed
    const consents = await givenConsentsOfSubjects(
      ctx,
      org.id,
      purpose,
      subjectIds,
      new Date(`${on}T00:00:00Z`),
    )
    for (const [subjectId, consent] of consents) {
      const until = consentRenewalEnd(consent, duration)
      if (until >= on) renewed.set(subjectId, until)
    }
    return renewed
  }
  /** The people of a page whose rows are read: not renewed on the renewal day (and, for the calendar, renewed today). */
  const chosen = async (subjectIds: string[], renewed: Map<string, string>): Promise<string[]> => {
    const open = subjectIds.filter((id) => !renewed.has(id))
    if (!options.renewalEndsAfter) return open
    const today = await renewedPeople(open, options.renewalEndsAfter)
    return open.filter((id) => today.has(id))
  }
  /**
   * The renewed people who have rows in the swept collection (each read alone through the dataset's traversal): a
   * person the sweep would not have reached anyway was not left out of it, so is not counted (review m4).
   */
  const withRows = async (renewed: Map<string, string>): Promise<string[]> => {
    const kept: string[] = []
    for (const [subjectId, until] of renewed) {
      const identities = await searchIdentitiesOfSubjects(ctx, org.id, [subjectId])
      if (identities.length === 0) continue
      const read = await readDataset(driver, target.dataset.document, identities)
      if (read.collections.some((c) => c.collection === target.collection.name && c.rows.length > 0))
        kept.push(until)
    }
    return kept
  }
  const page = async (after: unknown[] | null, limit: number, countRenewed = false): Promise<DuePage> => {
    const size = Math.min(limit, SUBJECTS_PER_PAGE)
    const people = await subjectsByLifecycleDate(ctx, org.id, selection, {
      after: after ? String(after[0]) : null,
      limit: size,
    })
    const last = people[people.length - 1]
    if (!last) return { rows: [], cursor: after, done: true, withheld: 0, renewedUntil: [], renewedPeople: 0 }
    const ids = people.map((p) => p.subjectId)
    const renewed = await renewedPeople(ids, renewalDay)
    const readable = await chosen(ids, renewed)
    const identities = readable.length ? await searchIdentitiesOfSubjects(ctx, org.id, readable) : []
    const read = identities.length ? await readDataset(driver, target.dataset.document, identities) : null
    const seen = new Set<string>()
    const candidates: Row[] = []
    for (const c of read?.collections ?? []) {
      if (c.collection !== target.collection.name) continue
      for (const row of c.rows) {
        const key = keyText(keyOf(target.collection, row))
        if (seen.has(key) || !isPending(row, scan.pending)) continue
        seen.add(key)
        candidates.push(row)
      }
    }
    // A row reached outward from these people (customer -> address) that a record outside them also refers to (a
    // household member, a staff member, a store) is not theirs alone: withheld, as an erasure request would.
    const shared = candidates.length
      ? (
          await findSharedInCollection(
            driver,
            target.dataset.document,
            new Map((read?.collections ?? []).map((c) => [c.collection, c.rows])),
            [...new Set(identities.map((i) => i.kind))],
            target.collection.name,
            candidates,
          )
        ).shared.get(target.collection.name)
      : undefined
    const rows = candidates.filter((_, i) => !shared?.get(i)?.outward)
    return {
      rows,
      cursor: [last.subjectId],
      done: people.length < size,
      withheld: candidates.length - rows.length,
      renewedUntil: countRenewed ? await withRows(renewed) : [],
      renewedPeople: renewed.size,
    }
  }
  const tally = async (countRenewed = true) => {
    let due = 0
    let withheld = 0
    let renewedPeople = 0
    const renewed: ConsentRenewals = { people: 0, firstUntil: null, lastUntil: null }
    let after: unknown[] | null = null
    for (;;) {
      const next = await page(after, SUBJECTS_PER_PAGE, countRenewed)
      due += next.rows.length
      withheld += next.withheld
      renewedPeople += next.renewedPeople
      for (const until of next.renewedUntil) {
        renewed.people += 1
        if (!renewed.firstUntil || until < renewed.firstUntil) renewed.firstUntil = until
        if (!renewed.lastUntil || until > renewed.lastUntil) renewed.lastUntil = until
      }
      if (next.done) return { due, withheld, renewed, renewedPeople }
      after = next.cursor
    }
  }
  return {
    count: async () => (await tally(false)).due,
    tally: () => tally(true),
    subjects: () => countSubjectsByLifecycleDate(ctx, org.id, selection),
    page: (after, limit) => page(after, limit),
  }
}
