import type { Membership } from '../../api/types'
import type { RequestsView } from '../../app/requestRoutes'
import { RequestsNav } from '../../components/requests/RequestsNav'
import { NewRequestPage } from './NewRequestPage'
import { RequestPage } from './RequestPage'
import { RequestsDashboardPage } from './RequestsDashboardPage'
import { RequestsReportPage } from './RequestsReportPage'

/** Data subject requests: the sub-navigation and the page of the current view. */
export function RequestsSection({ membership, view }: { membership: Membership; view: RequestsView }) {
  const page = () => {
    switch (view.view) {
      case 'list':
        return <RequestsDashboardPage membership={membership} />
      case 'new':
        return <NewRequestPage membership={membership} />
      case 'report':
        return <RequestsReportPage membership={membership} />
      case 'detail':
        return <RequestPage membership={membership} id={view.id} />
    }
  }
  return (
    <>
      <RequestsNav membership={membership} view={view} />
      {page()}
    </>
  )
}
