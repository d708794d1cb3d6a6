import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type RunsPath = paths['/api/v1/orgs/{slug}/requests/{id}/runs']

export type RunList = Json<RunsPath['get']['responses'][200]>
export type ConnectorRun = RunList['items'][number]
export type RunStep = ConnectorRun['steps'][number]
export type StepResult = RunStep['result']
export type StepChange = NonNullable<StepResult['changes']>[number]
export type Withheld = StepChange['withheld'][number]
export type StartRunBody = NonNullable<RunsPath['post']['requestBody']>['content']['application/json']
export type ConnectorAction = ConnectorRun['action']
export type RunChange = NonNullable<StartRunBody['changes']>[number]

export const CONNECTOR_ACTIONS: readonly ConnectorAction[] = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
]

/** A run still has work to do: the page follows it until it is completed or failed. */
export function isActive(run: ConnectorRun): boolean {
  return run.status === 'queued' || run.status === 'running'
}

/** The runs of a request, newest first, with what the caller may do on them (`can.retry`). */
export function loadRuns(slug: string, id: string): Promise<RunList> {
  return call(api.GET('/api/v1/orgs/{slug}/requests/{id}/runs', { params: { path: { slug, id } } }))
}

/** Queues a run for the request; the server answers at once (202) with the run as queued. */
export function startRun(slug: string, id: string, body: StartRunBody): Promise<ConnectorRun> {
  return call(api.POST('/api/v1/orgs/{slug}/requests/{id}/runs', { params: { path: { slug, id } }, body }))
}

export function retryRun(slug: string, runId: string): Promise<ConnectorRun> {
  return call(api.POST('/api/v1/orgs/{slug}/runs/{runId}/retry', { params: { path: { slug, runId } } }))
}
