import { useState } from 'react'

/**
 * One action of the breach page (record a decision, file part 1, send letters, ...): runs `action`, keeps its
 * failure to show next to the form and says whether it is still running.
 */
export function useAction() {
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  async function run(action: () => Promise<void>): Promise<boolean> {
    setError(null)
    setBusy(true)
    try {
      await action()
      return true
    } catch (failure) {
      setError(failure)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { error, busy, run }
}
