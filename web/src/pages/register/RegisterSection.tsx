import type { Membership } from '../../api/types'
import { listPageOf, type RegisterView } from '../../app/registerRoutes'
import { RegisterNav } from '../../components/register/RegisterNav'
import { ActivitiesPage } from './ActivitiesPage'
import { ActivityPage } from './ActivityPage'
import { CategoriesPage } from './CategoriesPage'
import { CheckPage } from './CheckPage'
import { EntryPage } from './EntryPage'
import { HistoryPage } from './HistoryPage'
import { ImportExportPage } from './ImportExportPage'
import { MeasuresPage } from './MeasuresPage'
import { RetentionRulesPage } from './RetentionRulesPage'
import { SystemsPage } from './SystemsPage'
import { VendorsPage } from './VendorsPage'

/** The register of processing activities: its sub-navigation and the page of the current view. */
export function RegisterSection({ membership, view }: { membership: Membership; view: RegisterView }) {
  const current = view.view === 'entry' || view.view === 'history' ? listPageOf(view.segment) : view.view
  const page = () => {
    switch (view.view) {
      case 'activities':
        return <ActivitiesPage membership={membership} />
      case 'systems':
        return <SystemsPage membership={membership} />
      case 'vendors':
        return <VendorsPage membership={membership} />
      case 'retention-rules':
        return <RetentionRulesPage membership={membership} />
      case 'measures':
        return <MeasuresPage membership={membership} />
      case 'categories':
        return <CategoriesPage membership={membership} />
      case 'check':
        return <CheckPage membership={membership} />
      case 'import':
        return <ImportExportPage membership={membership} />
      case 'entry':
        return view.segment === 'activities' ? (
          <ActivityPage membership={membership} activityKey={view.key} />
        ) : (
          <EntryPage membership={membership} segment={view.segment} entryKey={view.key} from={view.from} />
        )
      case 'history':
        return <HistoryPage membership={membership} segment={view.segment} entryKey={view.key} />
    }
  }
  return (
    <>
      <RegisterNav slug={membership.slug} current={current} exact={current === view.view} />
      {page()}
    </>
  )
}
