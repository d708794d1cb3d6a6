import { useCallback, useEffect, useState } from 'react'
import { hrefOf, parseRoute, type Route } from './routes'

/** Only hashes starting with '#/' are routes; others (such as the skip link target) leave the page as it is. */
function isRouteHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash.startsWith('#/')
}

/** The current route, following `hashchange`; `navigate` moves to another route. */
export function useHashRoute(): { route: Route; navigate: (to: Route, replace?: boolean) => void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))

  useEffect(() => {
    const onChange = () => {
      if (isRouteHash(window.location.hash)) setRoute(parseRoute(window.location.hash))
    }
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])

  const navigate = useCallback((to: Route, replace = false) => {
    const href = hrefOf(to)
    if (replace) {
      window.history.replaceState(null, '', href)
      setRoute(parseRoute(href))
    } else if (window.location.hash === href) {
      setRoute(parseRoute(href))
    } else {
      window.location.hash = href
    }
  }, [])

  return { route, navigate }
}
