import { z } from 'zod'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'
import { defineStoredJson } from '../../lib/stored-json'
import { findOrganizationsByIds, type Organization } from '../organizations'
import { INDICATORS, type Indicator, type IndicatorKey, indicatorsOf } from './indicators'

/** The trend compares today with the snapshot of this many days ago (or the latest one before it). */
export const TREND_DAYS = 30

/** One day's indicators as stored in compliance_snapshots.indicators (decision 0025). */
const storedSnapshot = defineStoredJson<{ indicators: Indicator[] }>({
  name: 'compliance.snapshot',
  version: 1,
  schema: z.object({
    indicators: z.array(
      z.object({
        key: z.enum(INDICATORS),
        measured: z.boolean(),
        value: z.number().nullable(),
        level: z.enum(['ok', 'attention', 'urgent']).nullable(),
        details: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.null()])),
      }),
    ),
  }),
})

/** The daily job's slot, 21:30 UTC (its cron): late in the Brussels day in winter (22:30) and summer (23:30). */
export const SNAPSHOT_SLOT_UTC = { hour: 21, minute: 30 } as const

/**
 * The Brussels day a run of the daily job files its snapshot under: the day of the latest slot at or before
 * `now`. A run retried after Brussels midnight (or started late) still files under the day it was scheduled for,
 * not the next one.
 */
export function scheduledSnapshotDay(now: Date): IsoDate {
  const slot = new Date(now)
  slot.setUTCHours(SNAPSHOT_SLOT_UTC.hour, SNAPSHOT_SLOT_UTC.minute, 0, 0)
  if (slot.getTime() > now.getTime()) slot.setUTCDate(slot.getUTCDate() - 1)
  return toBrusselsDate(slot)
}

/**
 * Stores the organisation's indicators as they are `now`, filed under a Brussels day (default today's); a second
 * run for the same day replaces them.
 */
export async function takeSnapshot(
  ctx: AppContext,
  org: Organization,
  now = new Date(),
  filedOn: IsoDate = toBrusselsDate(now),
): Promise<IsoDate> {
  const indicators = await indicatorsOf(ctx, org, now)
  const takenOn = filedOn
  const stored = JSON.stringify(storedSnapshot.toStored({ indicators }))
  await ctx.db
    .insertInto('compliance_snapshots')
    .values({ organization_id: org.id, taken_on: takenOn, indicators: stored, taken_at: now })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'taken_on']).doUpdateSet({ indicators: stored, taken_at: now }),
    )
    .execute()
  return takenOn
}

/**
 * Every organisation (the daily job), filed under the day of the job's slot; one failing organisation does not stop
 * the others.
 */
export async function takeAllSnapshots(ctx: AppContext, now = new Date()): Promise<number> {
  let taken = 0
  let failure: unknown
  const filedOn = scheduledSnapshotDay(now)
  for (const org of await findOrganizationsByIds(ctx.db)) {
    try {
      await takeSnapshot(ctx, org, now, filedOn)
      taken += 1
    } catch (error) {
      ctx.logger.error({ err: error, org: org.slug }, 'Compliance snapshot failed')
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
  return taken
}

export interface Trend {
  /** The first day a snapshot was taken; null: no history at all yet. */
  historySince: IsoDate | null
  /** The day of the snapshot compared with (30 days ago or the latest before); null: no history that old yet. */
  comparedWith: IsoDate | null
  /** Each indicator's value on that day (null: not measured then, or no value). */
  previous: Partial<Record<IndicatorKey, number | null>>
  /**
   * The indicators measured that day without a value (no request answered in the window, no notice published):
   * "none then", not "not measured then".
   */
  emptyThen: IndicatorKey[]
}

/** The snapshot to compare today's indicators with: the latest taken at least TREND_DAYS days ago. */
export async function trendOf(ctx: AppContext, org: Organization, now = new Date()): Promise<Trend> {
  const limit = addDays(toBrusselsDate(now), -TREND_DAYS)
  const [first, then] = await Promise.all([
    ctx.db
      .selectFrom('compliance_snapshots')
      .select('taken_on')
      .where('organization_id', '=', org.id)
      .orderBy('taken_on')
      .limit(1)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('compliance_snapshots')
      .select(['taken_on', 'indicators'])
      .where('organization_id', '=', org.id)
      .where('taken_on', '<=', limit)
      .orderBy('taken_on', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ])
  if (!then)
    return {
      historySince: first ? dateOf(first.taken_on) : null,
      comparedWith: null,
      previous: {},
      emptyThen: [],
    }
  const comparedWith = dateOf(then.taken_on)
  const { indicators } = storedSnapshot.read(then.indicators, `${org.id}/${comparedWith}`)
  const previous: Trend['previous'] = {}
  for (const i of indicators) previous[i.key] = i.measured ? i.value : null
  const emptyThen = indicators.filter((i) => i.measured && i.value === null).map((i) => i.key)
  return { historySince: first ? dateOf(first.taken_on) : comparedWith, comparedWith, previous, emptyThen }
}

/** A date column as the driver gives it (text, or a Date at midnight UTC on some drivers). */
function dateOf(value: string | Date): IsoDate {
  return (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)) as IsoDate
}
