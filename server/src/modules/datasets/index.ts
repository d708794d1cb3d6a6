/**
 * Public face of the datasets module: the dataset files of an organisation (what its systems hold and how to reach
 * them), their connections and discovery. `listDatasets` and `findDataset` are exported by name: the connector
 * engine and the CLI read stored datasets through them. `openDriverForDataset` opens the driver a dataset describes.
 */

export type { ConnectionCheckResult, Dataset } from './dataset'
export { sweepDiscoveries } from './discoveries'
export { discoverDatasetJob, sendDiscoveryJob, sweepDiscoveriesJob } from './discovery-job'
export { connectionSettingsOf, type DatasetConnection, openDriverForDataset } from './open-driver'
export { datasetOperations } from './operations'
export { connectionActions, datasetActions, datasetPermissions } from './policy'
export { presentDatasetSummary } from './presenter'
export { findDataset, listDatasets } from './repository'
export { registerDatasetRoutes } from './routes'
export {
  checkDatasetSource,
  deleteDataset,
  registerProblemsOf,
  saveConnection,
  saveDatasetSource,
} from './service'
