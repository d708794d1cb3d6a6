import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineJob } from '../src/jobs/define-job'
import { startJobQueue } from '../src/jobs/pg-boss-queue'
import type { JobQueue } from '../src/jobs/types'
import { createTestContext, type TestContext } from './support/context'
import { waitFor } from './support/wait'

const runs: { key: number; worker: string }[] = []
/** Job 0 holds its worker until the test opens this: the other jobs must be taken by the other workers meanwhile. */
let releaseFirst = () => {}
const firstHeld = new Promise<void>((resolve) => {
  releaseFirst = resolve
})

const countedJob = defineJob({
  name: 'test.counted',
  version: 1,
  schema: z.object({ key: z.number().int() }),
  retryLimit: 0,
  retryDelaySeconds: 1,
  retryBackoff: false,
  async run({ key }, ctx) {
    runs.push({ key, worker: ctx.config.host })
    if (key === 0) await firstHeld
  },
})

/** Several worker processes share one queue: every job runs exactly once. (Each queue has its own pg-boss pool.) */
describe('several workers on one queue', () => {
  let t: TestContext
  const workers: JobQueue[] = []

  beforeAll(async () => {
    t = await createTestContext()
    for (const name of ['worker-a', 'worker-b', 'worker-c']) {
      const base = { ...t.ctx, config: { ...t.ctx.config, host: name } }
      workers.push(
        await startJobQueue(base, {
          work: true,
          schedule: false,
          jobs: [countedJob],
          pollingIntervalSeconds: 0.5,
        }),
      )
    }
  })
  afterAll(async () => {
    releaseFirst()
    for (const w of workers) await w.stop()
    await t.close()
  })

  it('runs 60 jobs exactly once each; while one worker is busy with a job, the others take the rest', async () => {
    const sender = workers[0] as JobQueue
    for (let key = 0; key < 60; key++) await sender.send(countedJob, { key })
    // A worker runs one job of a queue at a time: the one holding job 0 takes no other until it is released.
    await waitFor(async () => runs.length >= 60, 60_000)
    releaseFirst()
    const keys = runs.map((r) => r.key).sort((a, b) => a - b)
    expect(keys).toEqual(Array.from({ length: 60 }, (_, i) => i))
    expect(new Set(runs.map((r) => r.worker)).size).toBeGreaterThan(1)
  })
})
