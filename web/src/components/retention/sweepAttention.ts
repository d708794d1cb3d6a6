/** A sweep run as the overview needs it (GET .../retention/runs, newest first). */
export interface AttentionRun {
  rule: string
  dataset: string
  collection: string
  status: 'running' | 'paused' | 'completed' | 'failed' | 'held' | 'waiting'
  reason: string | null
  startedAt: string
}

/** Which sentence an alert is: paused, stopped on an error, waiting for a task, a cancelled task, failed. */
export type AttentionKind = 'paused' | 'stopped' | 'waiting' | 'cancelled' | 'failed'

/**
 * The sweeps that wait for someone (issue 16 item 5), from the runs newest first: per rule and collection only the
 * newest run counts (a later run settled the earlier ones); it needs attention when it stopped on an error (the next
 * sweep resumes it), paused over its ceiling and the rule was not approved again since, waits for a person to do its
 * task, or failed (its task was cancelled) - in the last two cases the data is kept past its period meanwhile.
 */
export function sweepsNeedingAttention<R extends AttentionRun>(
  runs: readonly R[],
  approvedAt: ReadonlyMap<string, string | null>,
): { run: R; kind: AttentionKind }[] {
  const seen = new Set<string>()
  const attention: { run: R; kind: AttentionKind }[] = []
  for (const run of runs) {
    const key = `${run.rule}/${run.dataset}/${run.collection}`
    if (seen.has(key)) continue
    seen.add(key)
    if (run.status === 'running' && run.reason === 'stopped_by_error')
      attention.push({ run, kind: 'stopped' })
    else if (run.status === 'waiting') attention.push({ run, kind: 'waiting' })
    else if (run.status === 'failed')
      attention.push({ run, kind: run.reason === 'task_cancelled' ? 'cancelled' : 'failed' })
    else if (run.status === 'paused') {
      const approved = approvedAt.get(run.rule)
      if (!approved || approved < run.startedAt) attention.push({ run, kind: 'paused' })
    }
  }
  return attention
}
