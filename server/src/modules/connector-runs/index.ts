/** Public face of the connector-runs module: starting and following runs of the connectors for a request. */

export { connectorRunOperations } from './operations'
export { runActions, startRunAction } from './policy'
export { presentRun } from './presenter'
export { resumeStaleRuns, resumeStaleRunsJob } from './resume-job'
export { registerConnectorRunRoutes } from './routes'
export { connectorsRunJob } from './run-job'
export { CONNECTOR_ACTIONS, type RunView } from './schemas'
export { type StartRun, startRun } from './service'
