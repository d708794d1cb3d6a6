import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { type ClientContacts, contactsContext, contactsOf } from '../client-routing'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import {
  type ClientValues,
  clientWithReference,
  deleteClient,
  findClient,
  insertClient,
  listClients,
  updateClient,
} from './client-repository'
import { listAgreements } from './repository'

export interface ClientInput {
  name: string
  enterpriseNumber?: string | null | undefined
  language: 'nl' | 'fr' | 'en'
  contacts: ClientContacts
  instructions?: string | undefined
  activityKeys?: string[] | undefined
  status?: 'active' | 'ended' | undefined
  /** The value marking the client's rows in the systems (the datasets' clientField). */
  systemReference?: string | null | undefined
}

/** The activity keys must be processing activities of the register (role processor): Art. 30(2) per client. */
async function checkActivities(ctx: AppContext, org: Organization, keys: readonly string[]) {
  if (keys.length === 0) return
  const activities = (await loadRegister(ctx, org)).activities
  const errors = keys.flatMap((key, i) => {
    const activity = activities.find((a) => a.key === key)
    if (activity?.role === 'processor') return []
    return [
      {
        path: `body.activityKeys.${i}`,
        code: 'unknown_reference' as const,
        message: activity ? 'Not an activity done as processor' : 'No activity with this key',
        params: { key },
      },
    ]
  })
  if (errors.length > 0) throw new InvalidInput(errors, 'Only processing activities done as processor.')
}

export async function clientsOverview(ctx: AppContext, org: Organization) {
  const [clients, agreements] = await Promise.all([
    listClients(ctx.db, org.id),
    listAgreements(ctx.db, org.id),
  ])
  return clients.map((client) => ({
    client,
    contacts: contactsOf(ctx.encryption, client),
    agreements: agreements.filter((a) => a.client_id === client.id),
  }))
}

export async function clientDetail(ctx: AppContext, org: Organization, id: string) {
  const client = await findClient(ctx.db, org.id, id)
  if (!client) throw new NotFound('processor_client')
  const [agreements, doc] = await Promise.all([
    listAgreements(ctx.db, org.id, { clientId: id }),
    loadRegister(ctx, org),
  ])
  const keys = new Set(client.activity_keys)
  return {
    client,
    contacts: contactsOf(ctx.encryption, client),
    agreements,
    activities: doc.activities.filter((a) => keys.has(a.key)),
  }
}

export async function createClient(ctx: AppContext, actor: Actor, org: Organization, input: ClientInput) {
  await checkActivities(ctx, org, input.activityKeys ?? [])
  const id = randomUUID()
  return referenceRace(input.systemReference, () =>
    inTransaction(ctx, async (ctx) => {
      await referenceFree(ctx.db, org.id, input.systemReference ?? null, id)
      const row = await insertClient(ctx.db, {
        id,
        organizationId: org.id,
        name: input.name,
        enterprise_number: input.enterpriseNumber ?? null,
        language: input.language,
        contacts_encrypted: ctx.encryption.encrypt(JSON.stringify(input.contacts), contactsContext(id)),
        instructions: input.instructions ?? '',
        activity_keys: input.activityKeys ?? [],
        status: input.status ?? 'active',
        system_reference: input.systemReference ?? null,
      })
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'processor.client_saved',
        targetType: 'processor',
        targetId: id,
        summary: { name: row.name, language: row.language, activities: row.activity_keys },
      })
      return row
    }),
  )
}

export async function changeClient(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Partial<ClientInput>,
) {
  if (input.activityKeys) await checkActivities(ctx, org, input.activityKeys)
  return referenceRace(input.systemReference, () =>
    inTransaction(ctx, async (ctx) => {
      const patch: Partial<ClientValues> = {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.enterpriseNumber !== undefined ? { enterprise_number: input.enterpriseNumber } : {}),
        ...(input.language !== undefined ? { language: input.language } : {}),
        ...(input.contacts !== undefined
          ? {
              contacts_encrypted: ctx.encryption.encrypt(JSON.stringify(input.contacts), contactsContext(id)),
            }
          : {}),
        ...(input.instructions !== undefined ? { instructions: input.instructions } : {}),
        ...(input.activityKeys !== undefined ? { activity_keys: input.activityKeys } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.systemReference !== undefined ? { system_reference: input.systemReference } : {}),
      }
      if (input.systemReference !== undefined) await referenceFree(ctx.db, org.id, input.systemReference, id)
      const row = await updateClient(ctx.db, org.id, id, patch)
      if (!row) throw new NotFound('processor_client')
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'processor.client_saved',
        targetType: 'processor',
        targetId: id,
        summary: { name: row.name, changed: Object.keys(input), status: row.status },
      })
      return row
    }),
  )
}

export async function removeClient(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteClient(ctx.db, org.id, id)
    if (!row) throw new NotFound('processor_client')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.client_deleted',
      targetType: 'processor',
      targetId: id,
      summary: { name: row.name },
    })
  })
}

/**
 * A system reference marks one client's rows: the end of a contract erases every row that carries it, so two
 * clients may never share one.
 */
async function referenceFree(
  db: Parameters<typeof clientWithReference>[0],
  organizationId: string,
  reference: string | null,
  clientId: string,
) {
  if (!reference) return
  const other = await clientWithReference(db, organizationId, reference, clientId)
  if (other)
    throw new Conflict(
      'client_reference_taken',
      `The system reference "${reference}" already marks the rows of another client (${other.name}).`,
      { params: { clientId: other.id } },
    )
}

/**
 * Two saves at the same moment with the same reference both pass the check above; the unique index
 * (migration 0043) refuses the second, which answers as the check would have.
 */
async function referenceRace<T>(reference: string | null | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown }
    if (code === '23505' && (constraint === undefined || constraint === 'processor_clients_system_reference'))
      throw new Conflict(
        'client_reference_taken',
        `The system reference "${reference}" was given to another client at the same moment.`,
      )
    throw error
  }
}
