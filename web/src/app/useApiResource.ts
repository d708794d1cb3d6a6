import { type DependencyList, useCallback } from 'react'
import { call, type DataOf, type FetchResult } from '../api/problem'
import { type Resource, useResource } from './useResource'

/**
 * Loads one API answer as a resource: the request, its problem turned into an ApiError (call) and loading again
 * whenever one of `deps` (what the request names: slug, id, ...) changes.
 */
export function useApiResource<R extends FetchResult>(
  request: () => Promise<R>,
  deps: DependencyList,
): Resource<DataOf<R>> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what its request depends on
  const load = useCallback(() => call(request()), deps)
  return useResource(load)
}
