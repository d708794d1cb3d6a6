import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { BreachRow } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { lockBreach } from './repository'

/** The breach when it exists and is open; a closed one is refused (409 breach_closed). */
export function openOrRefuse(row: BreachRow | undefined): BreachRow {
  if (!row) throw new NotFound('breach')
  if (row.status === 'closed')
    throw new Conflict('breach_closed', 'The breach is closed; reopen it to change it.')
  return row
}

/** Runs `work` on the open breach, locked until the transaction ends. */
export async function changeLocked(
  ctx: AppContext,
  org: Organization,
  id: string,
  work: (ctx: TxContext, row: BreachRow) => Promise<BreachRow>,
): Promise<BreachRow> {
  return inTransaction(ctx, async (ctx) => work(ctx, openOrRefuse(await lockBreach(ctx.db, org.id, id))))
}
