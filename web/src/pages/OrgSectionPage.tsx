import type { Membership } from '../api/types'
import { Redirect } from '../app/Redirect'
import type { OrgSection } from '../app/routes'
import { ApiTokensPage } from './ApiTokensPage'
import { AuditPage } from './AuditPage'
import { BreachesPage } from './breaches/BreachesPage'
import { ConsentPage } from './consent/ConsentPage'
import { CookiesPage } from './cookies/CookiesPage'
import { ActionPlanPage } from './dpia/ActionPlanPage'
import { CompliancePage } from './dpia/CompliancePage'
import { DpiaPage } from './dpia/DpiaPage'
import { MembersPage } from './MembersPage'
import { OutboxPage } from './OutboxPage'
import { OverviewPage } from './OverviewPage'
import { ProcessorsPage } from './processors/ProcessorsPage'
import { RetentionPage } from './retention/RetentionPage'
import { SettingsPage } from './SettingsPage'
import { SuppressionPage } from './suppression/SuppressionPage'
import { WebhooksPage } from './WebhooksPage'

/** The page of one section of an organisation. */
export function OrgSectionPage({ membership, section }: { membership: Membership; section: OrgSection }) {
  switch (section) {
    case 'overview':
      return <OverviewPage membership={membership} />
    case 'register':
      // '#/orgs/{slug}/register' is parsed as the register route; this only completes the switch.
      return <Redirect to={{ name: 'register', slug: membership.slug, view: { view: 'activities' } }} />
    case 'notice':
      // Likewise '#/orgs/{slug}/notice' is the notice route.
      return <Redirect to={{ name: 'notice', slug: membership.slug, view: { view: 'preview' } }} />
    case 'requests':
      return <Redirect to={{ name: 'requests', slug: membership.slug, view: { view: 'list' } }} />
    case 'subjects':
      return <Redirect to={{ name: 'subjects', slug: membership.slug, view: { view: 'search', q: '' } }} />
    case 'connectors':
      return <Redirect to={{ name: 'connectors', slug: membership.slug, view: { view: 'list' } }} />
    case 'members':
      return <MembersPage membership={membership} />
    case 'api-tokens':
      return <ApiTokensPage membership={membership} />
    case 'webhooks':
      return <WebhooksPage membership={membership} />
    case 'processors':
      return <ProcessorsPage membership={membership} />
    case 'breaches':
      return <BreachesPage membership={membership} />
    case 'retention':
      return <RetentionPage membership={membership} />
    case 'suppression':
      return <SuppressionPage membership={membership} />
    case 'consent':
      return <ConsentPage membership={membership} />
    case 'dpia':
      return <DpiaPage membership={membership} />
    case 'action-plan':
      return <ActionPlanPage membership={membership} />
    case 'compliance':
      return <CompliancePage membership={membership} />
    case 'cookies':
      return <CookiesPage membership={membership} />
    case 'audit':
      return <AuditPage membership={membership} />
    case 'outbox':
      return <OutboxPage membership={membership} />
    case 'settings':
      return <SettingsPage membership={membership} />
  }
}
