/** What "Run the sweeps now" answered for one rule and collection (the fields the result list needs). */
export interface SweepOutcomeItem {
  outcome: string
  blocked: string | null
  due: number | null
  run: { deleted: number; masked: number; ceiling: number | null; countReported?: boolean } | null
}

/**
 * The text key and values of one line of the run-now result. A collection the sweep could not touch is listed with
 * the reason, in the plan's words (review m21: such lines were left out, so a rule that was never swept looked done).
 */
export function sweepOutcomeText(item: SweepOutcomeItem): {
  key: string
  values: Record<string, string | number> & { defaultValue: string }
} {
  if (item.outcome === 'blocked' && item.blocked)
    return { key: `retention.plan.blocked.${item.blocked}`, values: { defaultValue: item.blocked } }
  // The system (or the person) did not say how many went: said so, never a count of 0 (decision 0094).
  const notReported = item.outcome === 'completed' && item.run?.countReported === false
  return {
    key: `retention.runs.runNow.outcomes.${notReported ? 'completedNotReported' : item.outcome}`,
    values: {
      defaultValue: item.outcome,
      due: item.due ?? 0,
      deleted: item.run?.deleted ?? 0,
      masked: item.run?.masked ?? 0,
      ceiling: item.run?.ceiling ?? '',
    },
  }
}
