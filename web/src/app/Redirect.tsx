import { useEffect } from 'react'
import { Loading } from '../components/feedback/Loading'
import { useRouter } from './RouterContext'
import { hrefOf, parseRoute, type Route } from './routes'

/** Replaces the current route (keeps the browser history clean). */
export function Redirect({ to }: { to: Route }) {
  const { navigate } = useRouter()
  const href = hrefOf(to)
  useEffect(() => navigate(parseRoute(href), true), [navigate, href])
  return <Loading />
}
