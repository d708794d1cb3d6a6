import type { Membership } from '../../api/types'
import type { NoticeView } from '../../app/noticeRoutes'
import { NoticeNav } from '../../components/notice/NoticeNav'
import { PreviewPage } from './PreviewPage'
import { PublicationPage } from './PublicationPage'
import { SettingsPage } from './SettingsPage'
import { VersionsPage } from './VersionsPage'

/** The privacy notice: its sub-navigation and the page of the current view. */
export function NoticeSection({ membership, view }: { membership: Membership; view: NoticeView }) {
  const page = () => {
    switch (view.view) {
      case 'preview':
        return <PreviewPage membership={membership} />
      case 'settings':
        return <SettingsPage membership={membership} />
      case 'versions':
        return <VersionsPage membership={membership} />
      case 'publication':
        return <PublicationPage membership={membership} />
    }
  }
  return (
    <>
      <NoticeNav slug={membership.slug} current={view.view} />
      {page()}
    </>
  )
}
