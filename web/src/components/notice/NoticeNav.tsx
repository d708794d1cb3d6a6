import { useTranslation } from 'react-i18next'
import { NOTICE_PAGES, type NoticePage } from '../../app/noticeRoutes'
import { noticeHref } from '../../app/routes'

/** The privacy notice's sub-navigation: preview and check, published versions, publication on a website. */
export function NoticeNav({ slug, current }: { slug: string; current: NoticePage }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('notice.nav.label')} className="sub-nav" data-testid="notice-nav">
      <ul>
        {NOTICE_PAGES.map((page) => (
          <li key={page}>
            <a
              href={noticeHref(slug, { view: page })}
              aria-current={current === page ? 'page' : undefined}
              data-testid={`notice-nav-${page}`}
            >
              {t(`notice.nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
