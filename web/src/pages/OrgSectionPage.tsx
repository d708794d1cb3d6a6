import type { Membership } from '../api/types'
import type { OrgSection } from '../app/routes'
import { ApiTokensPage } from './ApiTokensPage'
import { AuditPage } from './AuditPage'
import { MembersPage } from './MembersPage'
import { OutboxPage } from './OutboxPage'
import { OverviewPage } from './OverviewPage'
import { SettingsPage } from './SettingsPage'

/** The page of one section of an organisation. */
export function OrgSectionPage({ membership, section }: { membership: Membership; section: OrgSection }) {
  switch (section) {
    case 'overview':
      return <OverviewPage membership={membership} />
    case 'members':
      return <MembersPage membership={membership} />
    case 'api-tokens':
      return <ApiTokensPage membership={membership} />
    case 'audit':
      return <AuditPage membership={membership} />
    case 'outbox':
      return <OutboxPage membership={membership} />
    case 'settings':
      return <SettingsPage membership={membership} />
  }
}
