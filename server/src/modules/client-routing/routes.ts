import type { AppContext } from '../../context'
import type { Language } from '../../db/schema'
import type { LocalizedText } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { contactsOf } from './contacts'

/**
 * A client (controller) of the Processors page as a request or a breach that concerns its data is routed to it:
 * its name, its language and the addresses it gave for requests and for breaches - its general contact when it
 * gave none (Art. 28(3)(e) and (f): the processor passes them on, the controller answers).
 */
export interface ClientRoute {
  id: string
  name: string
  language: Language
  status: 'active' | 'ended'
  requestsEmail: string
  breachesEmail: string
  /** The register's processor activities done for the client (Art. 30(2)). */
  activityKeys: string[]
  /** The systems those activities keep their data in, per the register. */
  systemKeys: string[]
}

/** A client without its contact addresses: what a list that does not show them needs (no decryption). */
export type ClientSummary = Omit<ClientRoute, 'requestsEmail' | 'breachesEmail'>

function summaryOf(
  register: RegisterDocument,
  row: { id: string; name: string; language: string; status: string; activity_keys: string[] },
): ClientSummary {
  const keys = new Set(row.activity_keys)
  const systemKeys = [
    ...new Set(register.activities.filter((a) => keys.has(a.key)).flatMap((a) => a.systems)),
  ]
  return {
    id: row.id,
    name: row.name,
    language: row.language as Language,
    status: row.status === 'ended' ? 'ended' : 'active',
    activityKeys: [...row.activity_keys],
    systemKeys,
  }
}

function routeOf(
  ctx: AppContext,
  register: RegisterDocument,
  row: {
    id: string
    name: string
    language: string
    status: string
    activity_keys: string[]
    contacts_encrypted: string
  },
): ClientRoute {
  const contacts = contactsOf(ctx.encryption, row)
  return {
    ...summaryOf(register, row),
    requestsEmail: contacts.requestsEmail?.trim() || contacts.email,
    breachesEmail: contacts.breachesEmail?.trim() || contacts.email,
  }
}

const activeFirst = <T extends { status: string }>(list: T[]) =>
  list.sort((a, b) => Number(a.status === 'ended') - Number(b.status === 'ended'))

/** Every client of the organisation without its contacts (none decrypted), active ones first, by name. */
export async function clientSummaries(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
): Promise<ClientSummary[]> {
  const rows = await ctx.db
    .selectFrom('processor_clients')
    .select(['id', 'name', 'language', 'status', 'activity_keys'])
    .where('organization_id', '=', org.id)
    .orderBy('name')
    .execute()
  return activeFirst(rows.map((row) => summaryOf(register, row)))
}

/** Every client of the organisation, active ones first, by name. */
export async function clientRoutes(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
): Promise<ClientRoute[]> {
  const rows = await ctx.db
    .selectFrom('processor_clients')
    .select(['id', 'name', 'language', 'status', 'activity_keys', 'contacts_encrypted'])
    .where('organization_id', '=', org.id)
    .orderBy('name')
    .execute()
  return activeFirst(rows.map((row) => routeOf(ctx, register, row)))
}

/** One client of the organisation, or undefined (another organisation's client is not found). */
export async function clientRoute(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
  id: string,
): Promise<ClientRoute | undefined> {
  const row = await ctx.db
    .selectFrom('processor_clients')
    .select(['id', 'name', 'language', 'status', 'activity_keys', 'contacts_encrypted'])
    .where('organization_id', '=', org.id)
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? routeOf(ctx, register, row) : undefined
}

/** Why a client is suggested: the request or breach names one of its activities or systems, or the client. */
export type SuggestionReason =
  | { kind: 'activity'; key: string; name: LocalizedText }
  | { kind: 'system'; key: string; name: string }
  | { kind: 'client'; name: string }

const normal = (text: string) => text.toLocaleLowerCase('nl-BE').normalize('NFKD').replace(/\p{M}/gu, '')

/** A name counts when the text holds it as a whole word or phrase (so "HR" does not match "three"). */
function mentions(text: string, name: string): boolean {
  const needle = normal(name.trim())
  if (needle.length < 2) return false
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text)
}

const names = (text: LocalizedText): string[] => (typeof text === 'string' ? [text] : Object.values(text))

/**
 * The clients a request or breach seems to concern: those whose processor activities or systems it names - by
 * key (a breach's systems and activities) or by name in what was written (a request's details) - or whose name
 * it mentions. Only a suggestion: staff choose the client.
 */
export function suggestClients(
  register: {
    activities: readonly Pick<RegisterDocument['activities'][number], 'key' | 'name'>[]
    systems: readonly Pick<RegisterDocument['systems'][number], 'key' | 'name'>[]
  },
  routes: readonly ClientSummary[],
  named: { systems?: readonly string[]; activities?: readonly string[]; text?: string | null },
): { clientId: string; reasons: SuggestionReason[] }[] {
  const text = named.text ? normal(named.text) : ''
  const systems = new Set(named.systems ?? [])
  const activities = new Set(named.activities ?? [])
  return routes.flatMap((route) => {
    if (route.status !== 'active') return []
    const reasons: SuggestionReason[] = []
    for (const key of route.activityKeys) {
      const activity = register.activities.find((a) => a.key === key)
      if (!activity) continue
      if (activities.has(key) || (text && names(activity.name).some((n) => mentions(text, n))))
        reasons.push({ kind: 'activity', key, name: activity.name })
    }
    for (const key of route.systemKeys) {
      const system = register.systems.find((s) => s.key === key)
      if (!system) continue
      if (systems.has(key) || (text && mentions(text, system.name)))
        reasons.push({ kind: 'system', key, name: system.name })
    }
    if (text && mentions(text, route.name)) reasons.push({ kind: 'client', name: route.name })
    return reasons.length > 0 ? [{ clientId: route.id, reasons }] : []
  })
}
