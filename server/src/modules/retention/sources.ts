import type { Driver, DueScan } from '../../connectors/driver'
import { readDataset } from '../../connectors/engine/read-dataset'
import type { AppContext } from '../../context'
import type { Row } from '../../domain/datasets/write-plan'
import { keyOf } from '../../domain/datasets/write-plan'
import { subjectEventStart } from '../../domain/retention/subject-events'
import { pendingCondition, sweepStrategies } from '../../domain/retention/sweep-plan'
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
}

/**
 * Where a sweep's due rows come from. By a date field: the collection's rows dated before the cutoff, in key order
 * (one indexed range condition). By a subject event: the people of the subject index whose event is before the
 * cutoff, in id order, and for each page of them the rows the dataset's traversal finds with their identities -
 * the same rows an erasure request of theirs would reach (decision 0047).
 */
export interface DueSource {
  /** Rows due now. */
  count(): Promise<number>
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
  options: { from?: string | null; heldSubjects?: readonly string[] } = {},
): DueSource {
  const scan: DueScan = { ...scanOf(target), ...(options.from ? { from: options.from } : {}) }
  const event = target.subjectEvent
  if (!event) {
    const scanner = driver.retention
    if (!scanner) throw new Error('not a SQL driver')
    return {
      count: () => scanner.countDue(target.collection, scan),
      subjects: async () => null,
      async page(after, limit, fields) {
        const rows = await scanner.pageDue(target.collection, scan, after, limit, fields)
        const last = rows[rows.length - 1]
        return { rows, cursor: last ? keyOf(target.collection, last) : after, done: rows.length < limit }
      },
    }
  }
  const selection = {
    start: subjectEventStart(event),
    before: target.cutoff ?? '0001-01-01',
    from: options.from ?? null,
    exclude: options.heldSubjects ?? [],
  }
  const page = async (after: unknown[] | null, limit: number): Promise<DuePage> => {
    const size = Math.min(limit, SUBJECTS_PER_PAGE)
    const people = await subjectsByLifecycleDate(ctx, org.id, selection, {
      after: after ? String(after[0]) : null,
      limit: size,
    })
    const last = people[people.length - 1]
    if (!last) return { rows: [], cursor: after, done: true }
    const identities = await searchIdentitiesOfSubjects(
      ctx,
      org.id,
      people.map((p) => p.subjectId),
    )
    const read = identities.length ? await readDataset(driver, target.dataset.document, identities) : null
    const seen = new Set<string>()
    const rows: Row[] = []
    for (const c of read?.collections ?? []) {
      if (c.collection !== target.collection.name) continue
      for (const row of c.rows) {
        const key = keyText(keyOf(target.collection, row))
        if (seen.has(key) || !isPending(row, scan.pending)) continue
        seen.add(key)
        rows.push(row)
      }
    }
    return { rows, cursor: [last.subjectId], done: people.length < size }
  }
  return {
    async count() {
      let n = 0
      let after: unknown[] | null = null
      for (;;) {
        const next = await page(after, SUBJECTS_PER_PAGE)
        n += next.rows.length
        if (next.done) return n
        after = next.cursor
      }
    },
    subjects: () => countSubjectsByLifecycleDate(ctx, org.id, selection),
    page: (after, limit) => page(after, limit),
  }
}
