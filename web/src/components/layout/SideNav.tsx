import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useRouter } from '../../app/RouterContext'
import { type OrgSection, orgHref } from '../../app/routes'
import { sectionAllowed } from '../../app/sections'
import { ComingSoonList } from './ComingSoonList'

const SECTIONS = [
  ['overview', 'nav.overview'],
  ['register', 'nav.register'],
  ['processors', 'nav.processors'],
  ['notice', 'nav.privacyNotice'],
  ['requests', 'nav.requests'],
  ['subjects', 'nav.subjects'],
  ['connectors', 'nav.connectors'],
  ['breaches', 'nav.breaches'],
  ['retention', 'nav.retention'],
  ['consent', 'nav.consent'],
  ['cookies', 'nav.cookies'],
  ['suppression', 'nav.suppression'],
  ['dpia', 'dpia.nav.dpia'],
  ['action-plan', 'dpia.nav.actionPlan'],
  ['compliance', 'dpia.nav.compliance'],
  ['members', 'nav.members'],
  ['api-tokens', 'nav.apiTokens'],
  ['webhooks', 'nav.webhooks'],
  ['audit', 'nav.audit'],
  ['outbox', 'nav.outbox'],
  ['settings', 'nav.settings'],
] as const satisfies readonly (readonly [OrgSection, string])[]

const MENU_ID = 'side-nav-menu'

/**
 * The organisation's pages the role may open, then the capabilities still to come. Below 768 px the list is
 * folded behind a menu button (styles.css hides it while the button says aria-expanded="false"); choosing a page
 * or pressing Escape folds it again.
 */
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
        : route.name === 'breach'
          ? 'breaches'
          : route.name === 'dpia-assessment'
            ? 'dpia'
            : route.name === 'register' ||
                route.name === 'notice' ||
                route.name === 'requests' ||
                route.name === 'subjects' ||
                route.name === 'connectors'
              ? route.name
              : null
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  // Navigating (a link here or anywhere else) folds the menu, so the new page is what the user sees.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route is the trigger, not a value read
  useEffect(() => setOpen(false), [route])
  return (
    <nav
      aria-label={t('nav.label')}
      className="side-nav"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false)
          toggle.current?.focus()
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls={MENU_ID}
        data-testid="nav-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="nav-toggle-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <div id={MENU_ID} className="nav-menu" data-open={open ? 'true' : undefined}>
        {membership ? (
          <ul className="nav-list">
            {SECTIONS.filter(([section]) => sectionAllowed(membership, section)).map(([section, label]) => (
              <li key={section}>
                <a
                  href={orgHref(membership.slug, section)}
                  aria-current={active === section ? 'page' : undefined}
                  className="nav-link"
                  onClick={() => setOpen(false)}
                >
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {membership ? (
          <ul className="nav-list nav-secondary">
            <li>
              <a
                href="#/compliance"
                className="nav-link"
                aria-current={route.name === 'consultant' ? 'page' : undefined}
              >
                {t('dpia.nav.consultant')}
              </a>
            </li>
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
      </div>
    </nav>
  )
}
