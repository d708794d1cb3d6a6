import { describe, expect, it } from 'vitest'
import { type AttentionRun, sweepsNeedingAttention } from './sweepAttention'

const run = (over: Partial<AttentionRun>): AttentionRun => ({
  rule: 'accounting',
  dataset: 'paper',
  collection: 'folders',
  status: 'completed',
  reason: null,
  startedAt: '2026-12-01T02:15:00.000Z',
  ...over,
})
const none = new Map<string, string | null>()

describe('retention sweeps on the overview', () => {
  it('lists a run waiting for a person and a cancelled task, not a completed run', () => {
    const kinds = sweepsNeedingAttention(
      [
        run({ status: 'waiting' }),
        run({ collection: 'boxes', status: 'failed', reason: 'task_cancelled' }),
        run({ collection: 'ledger', status: 'completed' }),
      ],
      none,
    ).map((a) => `${a.run.collection}:${a.kind}`)
    expect(kinds).toEqual(['folders:waiting', 'boxes:cancelled'])
  })

  it('lists a failed run, one stopped on an error, and a paused one until the rule is approved again', () => {
    const runs = [
      run({ collection: 'a', status: 'failed', reason: null }),
      run({ collection: 'b', status: 'running', reason: 'stopped_by_error' }),
      run({ collection: 'c', status: 'running', reason: null }),
      run({ collection: 'd', status: 'paused' }),
    ]
    expect(sweepsNeedingAttention(runs, none).map((a) => a.kind)).toEqual(['failed', 'stopped', 'paused'])
    const approvedSince = new Map([['accounting', '2026-12-02T08:00:00.000Z']])
    expect(sweepsNeedingAttention(runs, approvedSince).map((a) => a.kind)).toEqual(['failed', 'stopped'])
  })

  it('counts only the newest run of a rule and collection: a task done since settles the wait', () => {
    const runs = [
      run({ status: 'completed' }),
      run({ status: 'waiting', startedAt: '2026-11-01T02:15:00.000Z' }),
    ]
    expect(sweepsNeedingAttention(runs, none)).toEqual([])
  })
})
