import type PgBoss from 'pg-boss'
import { describe, expect, it } from 'vitest'
import { JobPoller } from './job-poller'

/**
 * What the poller asks of pg-boss, recorded: which queues have a job ready, fetch, complete, fail. On PostgreSQL a
 * stopped pg-boss has closed its pool, so a late `complete` fails there anyway; here the calls themselves are seen
 * (review W5), whatever the database would do with them.
 */
function stubBoss(waiting: Map<string, string[]>) {
  const calls: { op: 'fetch' | 'complete' | 'fail'; name: string; id?: string; message?: string }[] = []
  const boss = {
    getDb: () => ({
      executeSql: async () => ({
        rows: [...waiting].filter(([, ids]) => ids.length > 0).map(([name]) => ({ name })),
      }),
    }),
    fetch: async (name: string) => {
      calls.push({ op: 'fetch', name })
      const id = waiting.get(name)?.shift()
      return id === undefined ? [] : [{ id, name, data: {}, expireInSeconds: '900.000000' }]
    },
    complete: async (name: string, id: string) => {
      calls.push({ op: 'complete', name, id })
    },
    fail: async (name: string, id: string, output: { message?: string }) => {
      calls.push({ op: 'fail', name, id, message: output.message })
    },
  }
  return { boss: boss as unknown as PgBoss, calls }
}

/** Lets every pending promise callback run (no timer, no waiting on time). */
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('JobPoller', () => {
  it('fails a job still running at the stop deadline back to the queue, and never completes it when it ends later', async () => {
    const { boss, calls } = stubBoss(new Map([['q', ['job-1']]]))
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let started = () => {}
    const running = new Promise<void>((resolve) => {
      started = resolve
    })
    let ended = false
    const poller = new JobPoller(
      boss,
      'pgboss',
      [
        {
          name: 'q',
          async run() {
            started()
            await released
            ended = true
          },
        },
      ],
      60_000,
      (error) => {
        throw error
      },
    )
    poller.start()
    await running
    await poller.stop(0)
    expect(calls.filter((c) => c.op !== 'fetch')).toEqual([
      {
        op: 'fail',
        name: 'q',
        id: 'job-1',
        message: expect.stringMatching(/stopped while the job was running/),
      },
    ])
    release()
    await settle()
    expect(ended).toBe(true)
    expect(calls.filter((c) => c.op === 'complete')).toEqual([])
  })

  it('completes a job that ends before the deadline, and fails none', async () => {
    const { boss, calls } = stubBoss(new Map([['q', ['job-1']]]))
    let done = () => {}
    const finished = new Promise<void>((resolve) => {
      done = resolve
    })
    const poller = new JobPoller(
      boss,
      'pgboss',
      [{ name: 'q', run: async () => done() }],
      60_000,
      (error) => {
        throw error
      },
    )
    poller.start()
    await finished
    await poller.stop(1000)
    expect(calls.filter((c) => c.op !== 'fetch')).toEqual([{ op: 'complete', name: 'q', id: 'job-1' }])
  })
})
