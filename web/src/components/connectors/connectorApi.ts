import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Base = '/api/v1/orgs/{slug}/datasets'

export type DatasetList = Json<paths[Base]['get']['responses'][200]>
export type DatasetSummary = DatasetList['items'][number]
export type DatasetDetail = Json<paths[`${Base}/{key}`]['get']['responses'][200]>
export type SavedDataset = Json<paths[`${Base}/{key}`]['put']['responses'][200]>
export type ConnectionBody = NonNullable<
  paths[`${Base}/{key}/connection`]['put']['requestBody']
>['content']['application/json']
export type ConnectionOptions = ConnectionBody['options']
export type ConnectionCheck = Json<paths[`${Base}/{key}/connection/check`]['post']['responses'][200]>
export type ConnectorKind = DatasetSummary['connector']
export type RegisterFinding = DatasetDetail['registerProblems'][number]

export type DiscoverBody = NonNullable<
  paths[`${Base}/discover`]['post']['requestBody']
>['content']['application/json']
type DiscoverAnswer = Json<paths[`${Base}/discover`]['post']['responses'][200]>

/** What discovery proposes for one column, for the review table (the API types it as a plain record). */
export interface Suggestion {
  collection: string
  field: string
  category?: string
  identity?: string
  confidence: number
  reasons: string[]
}

/** A foreign key of a described table: what discovery proposes (found from, reads, not followed) and why. */
export type ReferenceProposal = NonNullable<DiscoverAnswer['references']>[number]

export type DiscoverResult = Omit<DiscoverAnswer, 'suggestions'> & { suggestions: Suggestion[] }

/** The datasets, with what the caller may do (`can.save`, `can.discover`, ...). */
export function loadDatasets(slug: string): Promise<DatasetList> {
  return call(api.GET('/api/v1/orgs/{slug}/datasets', { params: { path: { slug } } }))
}

export function loadDataset(slug: string, key: string): Promise<DatasetDetail> {
  return call(api.GET('/api/v1/orgs/{slug}/datasets/{key}', { params: { path: { slug, key } } }))
}

/** Creates or replaces a dataset from its file; 422 names every problem with its line. */
export function saveDataset(slug: string, key: string, source: string): Promise<SavedDataset> {
  return call(
    api.PUT('/api/v1/orgs/{slug}/datasets/{key}', { params: { path: { slug, key } }, body: { source } }),
  )
}

export async function deleteDataset(slug: string, key: string): Promise<void> {
  await call(api.DELETE('/api/v1/orgs/{slug}/datasets/{key}', { params: { path: { slug, key } } }))
}

export function saveConnection(slug: string, key: string, body: ConnectionBody): Promise<DatasetDetail> {
  return call(
    api.PUT('/api/v1/orgs/{slug}/datasets/{key}/connection', { params: { path: { slug, key } }, body }),
  )
}

export function checkConnection(slug: string, key: string): Promise<ConnectionCheck> {
  return call(
    api.POST('/api/v1/orgs/{slug}/datasets/{key}/connection/check', { params: { path: { slug, key } } }),
  )
}

export type DiscoveryState = Json<paths[`${Base}/discoveries/{id}`]['get']['responses'][200]>
export type DiscoveryProgress = DiscoveryState['progress']

/** How often the page asks how far a discovery is. */
export const DISCOVERY_POLL_MS = 1000

/** Starts reading a database in the background; a connection that fails is refused at once (422). */
export function startDiscovery(slug: string, body: DiscoverBody): Promise<DiscoveryState> {
  return call(api.POST('/api/v1/orgs/{slug}/datasets/discoveries', { params: { path: { slug } }, body }))
}

export function loadDiscovery(slug: string, id: string): Promise<DiscoveryState> {
  return call(api.GET('/api/v1/orgs/{slug}/datasets/discoveries/{id}', { params: { path: { slug, id } } }))
}

/** A discovery that ended without a proposal; its message comes from the server (never the secret). */
export class DiscoveryFailed extends Error {}

/**
 * Reads a database's schema and samples in the background and proposes a dataset; nothing is stored. Reports
 * the progress every second until the proposal is there; stops (rejecting with an AbortError) when aborted.
 */
export async function discoverDataset(
  slug: string,
  body: DiscoverBody,
  onProgress: (progress: DiscoveryProgress) => void,
  signal?: AbortSignal,
): Promise<DiscoverResult> {
  let state = await startDiscovery(slug, body)
  for (;;) {
    signal?.throwIfAborted()
    onProgress(state.progress)
    if (state.status === 'done' && state.result) return state.result as DiscoverResult
    if (state.status === 'failed') throw new DiscoveryFailed(state.error ?? '')
    await pause(DISCOVERY_POLL_MS, signal)
    state = await loadDiscovery(slug, state.id)
  }
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}

/** The key of a dataset file, read from its `key:` line (YAML) or "key" property (JSON), to address the PUT. */
export function keyOfSource(source: string): string | null {
  const yaml = /^key:\s*['"]?([a-z0-9][a-z0-9._-]{0,79})['"]?\s*(#.*)?$/m.exec(source)
  if (yaml?.[1]) return yaml[1]
  const json = /"key"\s*:\s*"([a-z0-9][a-z0-9._-]{0,79})"/.exec(source)
  return json?.[1] ?? null
}
