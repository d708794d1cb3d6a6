import { sql } from 'kysely'
import { type AppContext, inTransaction, type TxContext } from '../context'

/**
 * Queues at most one job per key - one count per breach, one scan per site (issue 13: one implementation of the
 * check-then-insert-then-queue sequence). Checking for a job under way and then inserting a new one is a race
 * between two simultaneous requests; here both happen in one transaction under the key's lock (a row lock on the
 * key's owner, or `lockKey`), and the table's partial unique index over the unfinished rows backs it. A job that
 * lost its worker is given up on its row first, so that it does not hold the next one back for ever; a new row that
 * could not be handed to the queue is recorded as failed for the same reason.
 */
export interface OnePerKey<Row extends { id: string }, Unfinished extends { id: string } = Row> {
  /** Takes the key's lock inside the transaction; throws (NotFound, ...) when what the key names is gone. */
  lock(ctx: TxContext): Promise<void>
  /** The key's rows queued or running. */
  underway(ctx: TxContext): Promise<Unfinished[]>
  /** Records an unfinished row that lost its worker as stopped; answers whether it is still under way. */
  stillUnderway(ctx: TxContext, row: Unfinished): Promise<boolean>
  /** The refusal while a row is under way (a Conflict naming it). */
  busy(row: Unfinished): Error
  /** Records the new job as queued. */
  insert(ctx: TxContext): Promise<Row>
  /** Records a new row that could not be queued as failed. */
  notQueued(ctx: AppContext, row: Row): Promise<void>
}

export async function queueOnePerKey<Row extends { id: string }, Unfinished extends { id: string } = Row>(
  ctx: AppContext,
  spec: OnePerKey<Row, Unfinished>,
  queue: (id: string) => Promise<void>,
): Promise<Row> {
  const row = await inTransaction(ctx, async (ctx) => {
    await spec.lock(ctx)
    for (const unfinished of await spec.underway(ctx))
      if (await spec.stillUnderway(ctx, unfinished)) throw spec.busy(unfinished)
    return spec.insert(ctx)
  })
  try {
    await queue(row.id)
  } catch (error) {
    await spec.notQueued(ctx, row)
    throw error
  }
  return row
}

/**
 * A key's lock when there is no owner row to lock: a transaction advisory lock on (scope, key), released at commit
 * or rollback. Two keys whose hashtext collides share a lock: at worst one waits for the other.
 */
export async function lockKey(ctx: TxContext, scope: string, key: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${scope}), hashtext(${key}))`.execute(ctx.db)
}
