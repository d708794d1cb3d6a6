import type { Membership } from '../../api/types'
import type { ConnectorsView } from '../../app/connectorRoutes'
import { can } from '../../app/sections'
import { ConnectorsNav } from '../../components/connectors/ConnectorsNav'
import { NoAccessPage } from '../NoAccessPage'
import { DatasetPage } from './DatasetPage'
import { DatasetsPage } from './DatasetsPage'
import { DiscoverPage } from './DiscoverPage'
import { NewDatasetPage } from './NewDatasetPage'

/** Connectors: the datasets that describe the organisation's systems, how to reach them, and discovery. */
export function ConnectorsSection({ membership, view }: { membership: Membership; view: ConnectorsView }) {
  const writes = view.view === 'new' || view.view === 'discover'
  const page = () => {
    if (writes && !can(membership, 'connectors:write')) return <NoAccessPage section="connectors" />
    switch (view.view) {
      case 'list':
        return <DatasetsPage membership={membership} />
      case 'new':
        return <NewDatasetPage membership={membership} />
      case 'discover':
        return <DiscoverPage membership={membership} />
      case 'detail':
        return <DatasetPage membership={membership} datasetKey={view.key} />
    }
  }
  return (
    <>
      <ConnectorsNav membership={membership} view={view} />
      {page()}
    </>
  )
}
