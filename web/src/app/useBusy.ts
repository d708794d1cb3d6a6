import { useCallback, useState } from 'react'

/** Tracks one running action, so its button can be disabled and relabelled while it runs. */
export function useBusy(): [boolean, (action: () => Promise<void>) => Promise<void>] {
  const [busy, setBusy] = useState(false)
  const run = useCallback(async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }, [])
  return [busy, run]
}
