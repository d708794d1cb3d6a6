import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useRouter } from '../../app/RouterContext'
import { type OrgSection, orgHref } from '../../app/routes'
import { sectionAllowed } from '../../app/sections'
import { ComingSoonList } from './ComingSoonList'

const SECTIONS = [
  ['overview', 'nav.overview'],
  ['register', 'nav.register'],
  ['notice', 'nav.privacyNotice'],
  ['requests', 'nav.requests'],
  ['subjects', 'nav.subjects'],
  ['connectors', 'nav.connectors'],
  ['members', 'nav.members'],
  ['api-tokens', 'nav.apiTokens'],
  ['webhooks', 'nav.webhooks'],
  ['audit', 'nav.audit'],
  ['outbox', 'nav.outbox'],
  ['settings', 'nav.settings'],
] as const satisfies readonly (readonly [OrgSection, string])[]

/** The organisation's pages the role may open, then the capabilities still to come. */
export function SideNav({
  membership,
  canCreateOrganizations,
}: {
  membership: Membership | null
  /** Creating organisations is an installation-level right (CUSTOS_ORG_CREATION). */
  canCreateOrganizations: boolean
}) {
  const { t } = useTranslation()
  const { route } = useRouter()
  const active =
    route.name === 'org'
      ? route.section
      : route.name === 'outbox-message'
        ? 'outbox'
        : route.name === 'register' ||
            route.name === 'notice' ||
            route.name === 'requests' ||
            route.name === 'subjects' ||
            route.name === 'connectors'
          ? route.name
          : null
  return (
    <nav aria-label={t('nav.label')} className="side-nav">
      {membership ? (
        <ul className="nav-list">
          {SECTIONS.filter(([section]) => sectionAllowed(membership, section)).map(([section, label]) => (
            <li key={section}>
              <a
                href={orgHref(membership.slug, section)}
                aria-current={active === section ? 'page' : undefined}
                className="nav-link"
              >
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <ComingSoonList />
      {canCreateOrganizations ? (
        <ul className="nav-list nav-secondary">
          <li>
            <a
              href="#/orgs/new"
              className="nav-link"
              aria-current={route.name === 'new-organization' ? 'page' : undefined}
            >
              {t('header.newOrganization')}
            </a>
          </li>
        </ul>
      ) : null}
    </nav>
  )
}
