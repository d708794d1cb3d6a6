import type { Ability, Membership } from '../api/types'
import type { OrgSection } from './routes'

/** The ability a role needs to open each section of an organisation. */
export const SECTION_ABILITY: Record<OrgSection, Ability | null> = {
  overview: null,
  register: 'register:read',
  notice: 'notice:read',
  requests: 'requests:read',
  subjects: 'subjects:read',
  connectors: 'connectors:read',
  members: 'members:read',
  'api-tokens': 'api_tokens:read',
  webhooks: 'api_tokens:read',
  processors: 'processors:read',
  breaches: 'breaches:read',
  retention: 'retention:read',
  suppression: 'suppression:read',
  consent: 'consent:read',
  dpia: 'dpia:read',
  'action-plan': 'action_plan:read',
  compliance: 'compliance:read',
  cookies: 'cookies:read',
  audit: 'audit:read',
  outbox: 'outbox:read',
  settings: 'organization:read',
}

export function can(membership: Membership, ability: Ability): boolean {
  return membership.abilities.includes(ability)
}

export function sectionAllowed(membership: Membership, section: OrgSection): boolean {
  const ability = SECTION_ABILITY[section]
  return ability === null || can(membership, ability)
}

/** Translation key of each section's name (navigation and page title). */
export const SECTION_LABEL = {
  overview: 'nav.overview',
  register: 'nav.register',
  notice: 'nav.privacyNotice',
  requests: 'nav.requests',
  subjects: 'nav.subjects',
  connectors: 'nav.connectors',
  members: 'nav.members',
  'api-tokens': 'nav.apiTokens',
  webhooks: 'nav.webhooks',
  processors: 'nav.processors',
  breaches: 'nav.breaches',
  retention: 'nav.retention',
  suppression: 'nav.suppression',
  consent: 'nav.consent',
  dpia: 'dpia.nav.dpia',
  'action-plan': 'dpia.nav.actionPlan',
  compliance: 'dpia.nav.compliance',
  cookies: 'nav.cookies',
  audit: 'nav.audit',
  outbox: 'nav.outbox',
  settings: 'nav.settings',
} as const satisfies Record<OrgSection, string>
