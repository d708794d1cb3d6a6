import type { ReactNode } from 'react'
import type { Membership } from '../../api/types'
import type { OrgSection } from '../../app/routes'
import { useMe } from '../../app/SessionContext'
import { AppHeader } from './AppHeader'
import { OrgSwitcher } from './OrgSwitcher'
import { SideNav } from './SideNav'
import { MAIN_ID, SkipLink } from './SkipLink'
import { UserMenu } from './UserMenu'

interface Props {
  membership: Membership | null
  section: OrgSection
  children: ReactNode
}

/** Layout for signed-in users: header with switchers and user menu, navigation, main content. */
export function Shell({ membership, section, children }: Props) {
  const me = useMe()
  return (
    <div className="shell">
      <SkipLink />
      <AppHeader
        brandHref="#/"
        start={
          <OrgSwitcher memberships={me.memberships} current={membership?.slug ?? null} section={section} />
        }
        end={<UserMenu />}
      />
      <div className="shell-body">
        <SideNav membership={membership} canCreateOrganizations={me.canCreateOrganizations} />
        <main id={MAIN_ID} tabIndex={-1} className="main">
          {children}
        </main>
      </div>
    </div>
  )
}
