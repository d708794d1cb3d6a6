import { z } from 'zod'
import { defineJob } from '../../jobs/define-job'
import { sweepAllComplianceCauses } from './causes'
import { takeAllSnapshots } from './snapshots'

/** Every 15 minutes: causes read through other modules' faces become (or stop being) actions of the plan. */
export const complianceSweepJob = defineJob({
  name: 'compliance.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 60,
  retryBackoff: true,
  policy: 'short',
  cron: '*/15 * * * *',
  async run(_data, ctx) {
    await sweepAllComplianceCauses(ctx)
  },
})

/**
 * Daily: each organisation's indicators of the day, the history behind the overview's trend. At 21:30 UTC
 * (22:30 or 23:30 in Brussels): late in the Brussels day it is filed under, whatever the season; a retry after
 * midnight still files under the slot's day (scheduledSnapshotDay). Keep the cron in step with SNAPSHOT_SLOT_UTC.
 */
export const complianceSnapshotJob = defineJob({
  name: 'compliance.snapshot',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 300,
  retryBackoff: true,
  policy: 'short',
  cron: '30 21 * * *',
  async run(_data, ctx) {
    await takeAllSnapshots(ctx)
  },
})
