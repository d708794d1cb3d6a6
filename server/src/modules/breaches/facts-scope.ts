import type { AppContext } from '../../context'
import {
  type BreachFacts,
  type BreachFactsInput,
  breachFactsSchema,
  unknownRegisterKeys,
  withRegisterScope,
} from '../../domain/breaches'
import { type FieldIssue, Forbidden, InvalidInput } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import { clientRoutes } from '../client-routing'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'

/**
 * How a save may resolve clients of the Processors page: `clientContacts` - the caller may read their contacts
 * (processors:read); `stored` - the controllers the breach already names (kept as recorded when the caller may not
 * read the client, or the client was since deleted).
 */
export interface ClientRouting {
  clientContacts: boolean
  stored?: BreachFacts['controllers'] | undefined
}

/** The facts as entered, checked against the register, with its scope filled in and the clients routed. */
export async function scopedFacts(
  ctx: AppContext,
  org: Organization,
  input: BreachFactsInput,
  routing: ClientRouting,
): Promise<BreachFacts> {
  const parsed = breachFactsSchema.parse(input)
  const doc = await loadRegister(ctx, org)
  const unknown = unknownRegisterKeys(doc, parsed)
  if (unknown.length > 0) {
    throw new InvalidInput(
      unknown.map((path) => ({
        path: `body.${path.split('.')[0]}`,
        code: 'invalid_value' as const,
        message: `The register has no ${path}.`,
        params: { value: path.split('.').slice(1).join('.') },
      })),
      'The breach names systems, activities or processors the register does not have.',
      'unknown_register_keys',
    )
  }
  const { dataCategories, subjectCategories, processors, transfers, controllers, ...rest } = parsed
  return withRegisterScope(doc, {
    ...rest,
    controllers: await routedControllers(ctx, org, doc, controllers, routing),
    ...(dataCategories ? { dataCategories } : {}),
    ...(subjectCategories ? { subjectCategories } : {}),
    ...(processors ? { processors } : {}),
    ...(transfers ? { transfers } : {}),
  })
}

/**
 * A client picked from the Processors page is routed to as that page records it: its name, its contact for
 * breaches (else its general contact) and its language, taken again at every save. A client the breach already
 * names keeps what was recorded when the client was since deleted (the Art. 33(5) record stays as it was) or when
 * the caller may not read the clients' contacts (processors:read); naming a new client needs that scope (403).
 * Another organisation's client, or a deleted one newly named, is refused with the field named.
 */
async function routedControllers(
  ctx: AppContext,
  org: Organization,
  doc: RegisterDocument,
  controllers: BreachFacts['controllers'],
  routing: ClientRouting,
): Promise<BreachFacts['controllers']> {
  if (!controllers.some((c) => c.clientId)) return controllers
  const stored = new Map(
    (routing.stored ?? []).flatMap((c) => (c.clientId ? [[c.clientId, c] as const] : [])),
  )
  const newlyNamed = controllers.flatMap((c, i) => (c.clientId && !stored.has(c.clientId) ? [i] : []))
  if (!routing.clientContacts && newlyNamed.length > 0)
    throw new Forbidden(
      'Naming a client of the Processors page needs the scope processors:read (its contacts are read from there).',
      'token_scope_missing',
      {
        params: {
          action: 'processor:read',
          scope: 'processors:read',
          field: `body.controllers.${newlyNamed[0]}.clientId`,
        },
      },
    )
  const routes = routing.clientContacts
    ? new Map((await clientRoutes(ctx, org, doc)).map((r) => [r.id, r]))
    : new Map()
  const errors: FieldIssue[] = []
  const routed = controllers.map((c, i) => {
    if (!c.clientId) return c
    const route = routes.get(c.clientId)
    const recorded = stored.get(c.clientId)
    if (!route) {
      if (recorded) return recorded
      errors.push({
        path: `body.controllers.${i}.clientId`,
        code: 'unknown_reference',
        message: 'Not a client of the Processors page',
        params: { value: c.clientId },
      })
      return c
    }
    return { clientId: route.id, name: route.name, email: route.breachesEmail, language: route.language }
  })
  if (errors.length > 0)
    throw new InvalidInput(errors, 'The breach names a client the organisation does not have.')
  return routed
}
