import type { RunRow, StepRow } from '../../connectors/engine/run-repository'
import { problemInMessage } from '../../connectors/network/target-error'
import type { RunView } from './schemas'

/** A run as the API shows it: statuses, counts, fields and keys - never the identities or the rows read. */
export function presentRun(run: RunRow, steps: readonly StepRow[]): RunView {
  return {
    id: run.id,
    requestId: run.request_id,
    action: run.action,
    dryRun: run.dry_run,
    status: run.status,
    createdBy: run.created_by,
    createdAt: run.created_at,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    error: run.error,
    summary: run.summary as RunView['summary'],
    steps: steps
      .filter((s) => s.run_id === run.id)
      .map((s) => {
        const problem = s.error ? problemInMessage(s.error) : undefined
        return {
          dataset: s.dataset_key,
          system: s.system_key,
          status: s.status,
          attempts: s.attempts,
          error: s.error,
          ...(problem ? { problem } : {}),
          result: s.result as RunView['steps'][number]['result'],
        }
      }),
  }
}
