import { useCallback, useEffect, useState } from 'react'

export interface Resource<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload: () => void
  setData: (data: T) => void
}

/** Loads data with `load` (memoise it with useCallback) and loads again whenever `load` changes. */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes on purpose to load again
  useEffect(() => {
    let cancelled = false
    setLoading(true)
    load().then(
      (result) => {
        if (cancelled) return
        setData(result)
        setError(null)
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
  }, [load, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, error, loading, reload, setData }
}
