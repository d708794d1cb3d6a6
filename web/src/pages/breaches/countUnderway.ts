import { ApiError } from '../../api/problem'

/**
 * The id of the breach's count under way that a refusal names (409 affected_count_in_progress, params.countId), if
 * that is why a new count was refused: the page then follows that count instead of showing an error - after a
 * reload, or when a colleague started it.
 */
export function countUnderway(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.problem?.code !== 'affected_count_in_progress') return null
  const id = (error.problem.params as { countId?: unknown } | undefined)?.countId
  return typeof id === 'string' ? id : null
}
