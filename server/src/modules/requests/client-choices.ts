import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import { textIn } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'
import { clientSummaries, suggestClients } from '../client-routing'
import type { Organization } from '../organizations'

/**
 * The clients (controllers) a request can be forwarded to, each with what in the request seems to concern it:
 * the subject's words name one of its processor activities, a system those keep data in, or the client itself.
 * The clients' contact addresses are not shown here, so they are not decrypted: the forward action reads the chosen
 * client's only.
 */
export async function clientChoices(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
  details: string | null,
  language: Language,
) {
  const routes = await clientSummaries(ctx, org, register)
  const suggested = new Map(
    suggestClients(register, routes, { text: details }).map((s) => [s.clientId, s.reasons]),
  )
  return routes.map((route) => ({
    id: route.id,
    name: route.name,
    status: route.status,
    activityKeys: route.activityKeys,
    activities: route.activityKeys.map((key) => ({
      key,
      name: textIn(register.activities.find((a) => a.key === key)?.name, language) ?? key,
    })),
    suggestedBecause: (suggested.get(route.id) ?? []).map((r) =>
      r.kind === 'activity'
        ? { kind: r.kind, key: r.key, name: textIn(r.name, language) ?? r.key }
        : r.kind === 'system'
          ? { kind: r.kind, key: r.key, name: r.name }
          : { kind: r.kind, key: null, name: r.name },
    ),
  }))
}
