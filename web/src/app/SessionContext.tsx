import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import { api, onUnauthorized, setCsrfToken } from '../api/client'
import { ApiError, call } from '../api/problem'
import type { Me } from '../api/types'

export type SignedOutReason = 'signed-out' | 'expired' | null

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'second-factor'; me: Me }
  | { status: 'signed-in'; me: Me }

interface Session {
  state: SessionState
  /** Reloads /api/v1/me; answers null when nobody is signed in. */
  refresh: () => Promise<Me | null>
  signOut: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

function stateOf(me: Me): SessionState {
  return me.secondFactorPending ? { status: 'second-factor', me } : { status: 'signed-in', me }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' })

  const refresh = useCallback(async () => {
    try {
      const me = await call(api.GET('/api/v1/me'))
      setState(stateOf(me))
      return me
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null)
        setState((previous) => ({
          status: 'signed-out',
          reason:
            previous.status === 'signed-in'
              ? 'expired'
              : previous.status === 'signed-out'
                ? previous.reason
                : null,
        }))
        return null
      }
      setState({ status: 'error', error })
      return null
    }
  }, [])

  const signOut = useCallback(async () => {
    try {
      await call(api.POST('/api/v1/auth/logout'))
    } catch {
      // Even if the server cannot be told, the session ends here; the cookie expires on its own.
    }
    setCsrfToken(null)
    setState({ status: 'signed-out', reason: 'signed-out' })
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  useEffect(
    () =>
      onUnauthorized(() => {
        setCsrfToken(null)
        setState({ status: 'signed-out', reason: 'expired' })
      }),
    [],
  )

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession()
  if (state.status !== 'signed-in') throw new Error('useMe without a signed-in user')
  return state.me
}
