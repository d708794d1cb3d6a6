import { useCallback, useEffect, useState } from 'react'

export interface Page<T, C, X> {
  items: T[]
  /** Cursor for the next page, or null when this was the last one. */
  next: C | null
  /** Anything else the first page answered (e.g. whether SMTP is configured). */
  extra: X
}

export interface PagedList<T, C, X> {
  page: Page<T, C, X> | null
  loading: boolean
  error: unknown
  loadMore: () => Promise<void>
}

/** A list loaded page by page; starts again from the first page whenever `fetchPage` changes. */
export function usePagedList<T, C, X>(
  fetchPage: (cursor: C | undefined) => Promise<Page<T, C, X>>,
): PagedList<T, C, X> {
  const [page, setPage] = useState<Page<T, C, X> | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    let cancelled = false
    setLoading(true)
    setError(null)
    fetchPage(undefined).then(
      (first) => {
        if (cancelled) return
        setPage(first)
        setLoading(false)
      },
      (failure: unknown) => {
        if (cancelled) return
        setError(failure)
        setLoading(false)
      },
    )
    return () => {
      cancelled = true
    }
  }, [fetchPage])

  const loadMore = useCallback(async () => {
    if (!page || page.next === null) return
    setLoading(true)
    try {
      const more = await fetchPage(page.next)
      setPage({ items: [...page.items, ...more.items], next: more.next, extra: page.extra })
    } catch (failure) {
      setError(failure)
    } finally {
      setLoading(false)
    }
  }, [page, fetchPage])

  return { page, loading, error, loadMore }
}
