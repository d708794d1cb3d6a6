import { sql, type Transaction } from 'kysely'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { type AppContext, inTransaction, type TxContext } from '../src/context'
import type { DB } from '../src/db/schema'
import { createTestContext, type TestContext } from './support/context'
import { createOrg } from './support/factories'

let test: TestContext
beforeAll(async () => {
  test = await createTestContext()
})
afterAll(async () => test.close())

describe('inTransaction', () => {
  it('gives the callback a context without the pool: an AppContext function does not accept it', async () => {
    expectTypeOf<TxContext['db']>().toEqualTypeOf<Transaction<DB>>()
    expectTypeOf<TxContext>().not.toHaveProperty('jobs')
    expectTypeOf<TxContext>().not.toHaveProperty('database')
    const needsPool = (_ctx: AppContext) => undefined
    // @ts-expect-error a TxContext is not an AppContext (tsc fails if this line ever compiles)
    await inTransaction(test.ctx, async (ctx) => needsPool(ctx))
  })

  it('runs the callback in one transaction: its ctx.db is that transaction, rolled back when it throws', async () => {
    const org = await createOrg(test.ctx, 'Tx Context BV')
    const failed = inTransaction(test.ctx, async (ctx) => {
      expect(ctx.db.isTransaction).toBe(true)
      await ctx.db.updateTable('organizations').set({ name: 'Changed' }).where('id', '=', org.id).execute()
      const seen = await ctx.db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', org.id)
        .executeTakeFirst()
      expect(seen?.name).toBe('Changed')
      throw new Error('abort')
    })
    await expect(failed).rejects.toThrow('abort')
    const after = await sql<{ name: string }>`select name from organizations where id = ${org.id}`.execute(
      test.ctx.db,
    )
    expect(after.rows[0]?.name).toBe('Tx Context BV')
  })
})
