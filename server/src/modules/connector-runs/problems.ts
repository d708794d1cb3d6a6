import { Conflict } from '../../domain/errors'

/** Why a run cannot start or be retried, as a stable problem type the UI words in its own language. */
export type RunProblemCode = 'identity_not_confirmed' | 'no_datasets' | 'not_failed'

const DETAILS: Record<RunProblemCode, string> = {
  identity_not_confirmed:
    "The requester's identity is not confirmed yet: confirm it before data is sent or changed (a dry run is possible).",
  no_datasets: 'No dataset describes a system yet: add or discover one under Connectors first.',
  not_failed: 'Only a failed run can be retried.',
}

export function runProblem(code: RunProblemCode): Conflict {
  return new Conflict(code, DETAILS[code], { type: `urn:custos:problem:run:${code}` })
}
