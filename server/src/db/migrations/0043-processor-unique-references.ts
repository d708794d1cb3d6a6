import { type Kysely, sql } from 'kysely'

/**
 * Two guarantees the database now keeps itself (issue 20, review of the deletion paths):
 * - a client's system reference is unique within the organisation: the end of a contract erases every row that
 *   carries it, so two clients sharing one would let one client's destroy reach the other's rows. The service
 *   checks it in the saving transaction; the index closes the race of two simultaneous saves. References that
 *   already collide (possible before the check landed) stay with the oldest client; the others lose theirs, so
 *   ending their contract is refused (client_reference_missing) until someone sets the right one - refusing is
 *   the safe side.
 * - at most one end of contract per client is being carried out: two simultaneous requests cannot both start a
 *   run. Should two already be running, all but the newest are marked failed with the reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update processor_clients c set system_reference = null
     where system_reference is not null
       and exists (
         select 1 from processor_clients o
          where o.organization_id = c.organization_id
            and o.system_reference = c.system_reference
            and (o.created_at, o.id) < (c.created_at, c.id)
       );
    create unique index processor_clients_system_reference
      on processor_clients (organization_id, system_reference) where system_reference is not null;

    update processor_contract_ends e set status = 'failed',
           error = 'Another end of this contract was started at the same time; this one was not carried out.'
     where status = 'running'
       and exists (
         select 1 from processor_contract_ends o
          where o.client_id = e.client_id and o.status = 'running'
            and (o.created_at, o.id) > (e.created_at, e.id)
       );
    create unique index processor_contract_ends_one_running
      on processor_contract_ends (client_id) where status = 'running';
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index processor_contract_ends_one_running;
    drop index processor_clients_system_reference;
  `.execute(db)
}
