import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PagedList } from '../app/usePagedList'
import { ErrorMessage } from './feedback/ErrorMessage'
import { Loading } from './feedback/Loading'

/** The items loaded so far, a loading indicator and the "Load more" button. */
export function PagedListView<T, C, X>({
  list,
  children,
}: {
  list: PagedList<T, C, X>
  children: (items: T[]) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="list-section" aria-busy={list.loading}>
      <ErrorMessage error={list.error} />
      {list.page ? children(list.page.items) : null}
      {list.loading ? <Loading /> : null}
      {list.page && list.page.next !== null && !list.loading ? (
        <button type="button" className="button-secondary load-more" onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </button>
      ) : null}
    </div>
  )
}
