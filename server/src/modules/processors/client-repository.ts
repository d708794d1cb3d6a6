/** The queries of the organisation's clients, the controllers it processes for (contract-ends-repository.ts: the ends). */
import type { Kysely, Transaction } from 'kysely'
import type { DB, ProcessorClientRow } from '../../db/schema'

type Db = Kysely<DB> | Transaction<DB>

// Clients

export function listClients(db: Db, organizationId: string): Promise<ProcessorClientRow[]> {
  return db
    .selectFrom('processor_clients')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('name')
    .orderBy('id')
    .execute()
}

export function findClient(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('processor_clients')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Another client of the organisation that carries this system reference, if any. */
export function clientWithReference(db: Db, organizationId: string, reference: string, exceptId: string) {
  return db
    .selectFrom('processor_clients')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .where('system_reference', '=', reference)
    .where('id', '!=', exceptId)
    .executeTakeFirst()
}

export interface ClientValues {
  name: string
  enterprise_number: string | null
  language: 'nl' | 'fr' | 'en'
  contacts_encrypted: string
  instructions: string
  activity_keys: string[]
  status: 'active' | 'ended'
  system_reference: string | null
}

export function insertClient(
  trx: Transaction<DB>,
  row: { id: string; organizationId: string } & ClientValues,
): Promise<ProcessorClientRow> {
  const { id, organizationId, activity_keys, ...rest } = row
  return trx
    .insertInto('processor_clients')
    .values({ id, organization_id: organizationId, activity_keys: JSON.stringify(activity_keys), ...rest })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateClient(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  patch: Partial<ClientValues>,
): Promise<ProcessorClientRow | undefined> {
  const { activity_keys, ...rest } = patch
  return trx
    .updateTable('processor_clients')
    .set({
      ...rest,
      ...(activity_keys ? { activity_keys: JSON.stringify(activity_keys) } : {}),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export function deleteClient(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('processor_clients')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(['id', 'name'])
    .executeTakeFirst()
}
