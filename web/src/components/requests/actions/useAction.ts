import { useState } from 'react'
import type { ActionBody, RequestAction, RequestDetail } from '../../../api/types'
import { useBusy } from '../../../app/useBusy'
import { runAction } from '../requestApi'

export interface ActionTarget {
  slug: string
  request: RequestDetail
  /** Called with the request as the server returns it after the action. */
  onDone: (request: RequestDetail) => void
  onCancel: () => void
}

/** Runs one action of a request: busy state, the refusal (problem+json) or the updated request. */
export function useAction<A extends RequestAction>(target: ActionTarget, action: A) {
  const [busy, run] = useBusy()
  const [error, setError] = useState<unknown>(null)
  const [invalid, setInvalid] = useState<string | null>(null)
  const submit = (body: ActionBody<A>) =>
    run(async () => {
      setError(null)
      setInvalid(null)
      try {
        target.onDone(await runAction(target.slug, target.request.id, action, body))
      } catch (failure) {
        setError(failure)
      }
    })
  /** A client-side check failed: shown like a refusal, nothing is sent. */
  const refuse = (message: string) => {
    setError(null)
    setInvalid(message)
  }
  return { action, busy, error, invalid, submit, refuse }
}

export type ActionState = ReturnType<typeof useAction>
