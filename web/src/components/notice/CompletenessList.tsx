import { useTranslation } from 'react-i18next'
import type { CompletenessItem } from '../../api/types'
import { fixLinkOf } from './fixLinks'

const ICON: Record<CompletenessItem['status'], string> = {
  present: '✓',
  missing: '✗',
  recommended: '!',
  'not-applicable': '–',
}

function Item({ item, slug }: { item: CompletenessItem; slug: string }) {
  const { t } = useTranslation()
  const open = item.status === 'missing' || item.status === 'recommended'
  const link = open && item.fixAt ? fixLinkOf(t, slug, item.fixAt) : null
  return (
    <li
      className={`completeness-item completeness-${item.status}`}
      data-testid="completeness-item"
      data-element={item.element}
      data-status={item.status}
    >
      <p className="completeness-label">
        <span className={`status status-${item.status}`} data-testid="completeness-status">
          <span className="status-icon" aria-hidden="true">
            {ICON[item.status]}
          </span>
          {t(`notice.check.status.${item.status}`)}
        </span>{' '}
        {item.label}
      </p>
      <p className="completeness-meta">{item.article}</p>
      {open && item.missing ? (
        <p className="completeness-missing-text" data-testid="completeness-missing">
          {item.missing}
        </p>
      ) : null}
      {link ? (
        <p className="completeness-fix">
          <a href={link.href} data-testid="completeness-fix">
            {link.label}
          </a>
          {item.fixAt?.path ? (
            <>
              {' · '}
              <span className="muted">
                {t('notice.check.field')} <code>{item.fixAt.path}</code>
              </span>
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  )
}

/** The Art. 13/14/21(4) elements: the missing ones first (with what is missing and where to fix it), then the rest. */
export function CompletenessList({ items, slug }: { items: CompletenessItem[]; slug: string }) {
  const { t } = useTranslation()
  const missing = items.filter((i) => i.status === 'missing')
  const rest = items.filter((i) => i.status !== 'missing')
  return (
    <div data-testid="completeness-list">
      {missing.length > 0 ? (
        <>
          <h3>{t('notice.check.missingTitle', { count: missing.length })}</h3>
          <ul className="completeness" data-testid="completeness-missing-list">
            {missing.map((item) => (
              <Item key={item.element} item={item} slug={slug} />
            ))}
          </ul>
        </>
      ) : null}
      {rest.length > 0 ? (
        <>
          {missing.length > 0 ? <h3>{t('notice.check.restTitle', { count: rest.length })}</h3> : null}
          <ul className="completeness">
            {rest.map((item) => (
              <Item key={item.element} item={item} slug={slug} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
