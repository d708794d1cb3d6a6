/** What the forward form needs to know of a client of the Processors page. */
export interface ForwardClient {
  id: string
  status: 'active' | 'ended'
  suggestedBecause: readonly unknown[]
}

export const OTHER_CONTROLLER = '__other__'
export const CLIENT_ROUTE = 'client:'
/** No choice yet: the form refuses to send until one is made. */
export const NO_ROUTE = ''

/**
 * The route the forward form opens on. A client is preselected only when it is the one active client the request's
 * words suggest: sending the subject's request to a controller the data gives no reason to involve would itself
 * disclose their data, so with no or several suggestions the form opens on "choose". Without clients, the register's
 * first processor activity (or another controller) as before.
 */
export function initialForwardRoute(
  clients: readonly ForwardClient[],
  routes: readonly { activityKey: string }[],
): string {
  if (clients.length === 0) return routes[0]?.activityKey ?? OTHER_CONTROLLER
  const suggested = clients.filter((c) => c.status === 'active' && c.suggestedBecause.length > 0)
  const [only] = suggested
  return suggested.length === 1 && only ? `${CLIENT_ROUTE}${only.id}` : NO_ROUTE
}

/**
 * The activity a forward to a client names first: its only activity, or the one of its activities the request's
 * words name; with several and none named, none ('') - staff may then name one, or leave it to the client.
 */
export function initialClientActivity(client: {
  activities: readonly { key: string }[]
  suggestedBecause: readonly { kind: string; key: string | null }[]
}): string {
  const [only] = client.activities
  if (client.activities.length === 1 && only) return only.key
  const named = client.suggestedBecause.filter(
    (r) => r.kind === 'activity' && client.activities.some((a) => a.key === r.key),
  )
  return named.length === 1 ? (named[0]?.key ?? '') : ''
}
