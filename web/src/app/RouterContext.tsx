import { createContext, type ReactNode, useContext } from 'react'
import type { Route } from './routes'
import { useHashRoute } from './useHashRoute'

interface Router {
  route: Route
  navigate: (to: Route, replace?: boolean) => void
}

const RouterContext = createContext<Router | null>(null)

export function RouterProvider({ children }: { children: ReactNode }) {
  const router = useHashRoute()
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>
}

export function useRouter(): Router {
  const router = useContext(RouterContext)
  if (!router) throw new Error('useRouter outside RouterProvider')
  return router
}
