import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectionSchema } from '../../domain/datasets/schema'
import type { RowChange } from '../driver'
import { groupChanges, lastChangePerRow } from './change-groups'
import { qualified, quotePg } from './identifiers'
import {
  buildDeletes,
  buildPerRowUpdates,
  buildUniformUpdates,
  PgWriteStatements,
  type SqlStatement,
} from './postgres-writer'
import { ColumnCache, type TableColumns } from './table-columns'
import type { ColumnInfo } from './values'

const CASTS = ['integer', 'character varying', 'text', 'date', 'numeric(10,2)'] as const

/** A table with a key of one or two columns and a few other columns, some with names that need quoting. */
const table = fc.record({
  name: fc.constantFrom('customer', 'Order Lines', 'address'),
  schema: fc.option(fc.constantFrom('public', 'Sales'), { nil: undefined }),
  keys: fc.constantFrom(['id'], ['id', 'at'], ['Key x']),
  others: fc.uniqueArray(fc.constantFrom('email', 'Name', 'phone', 'created at', 'notes'), {
    minLength: 1,
    maxLength: 5,
  }),
  cast: fc.constantFrom(...CASTS),
})

type Table = typeof table extends fc.Arbitrary<infer T> ? T : never

function columnsOf(t: Table): TableColumns {
  return new Map(
    [...t.keys, ...t.others].map((name): [string, ColumnInfo] => [
      name,
      { name, kind: 'text', castType: t.cast, nullable: true, maxLength: null },
    ]),
  )
}

const value = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 3 }), fc.integer())

/** Requests on a table: updates (same values for all rows or per row, with repeated keys) and deletes. */
const request = (t: Table) => {
  const key = fc.array(fc.integer({ min: 1, max: 30 }), {
    minLength: t.keys.length,
    maxLength: t.keys.length,
  })
  const set = fc
    .subarray(t.others, { minLength: 1 })
    .chain((fields) => fc.record(Object.fromEntries(fields.map((f) => [f, value]))))
  return fc.oneof(
    fc.record({
      kind: fc.constant('update' as const),
      uniform: fc.boolean(),
      set,
      rows: fc.array(fc.record({ key, set }), { minLength: 1, maxLength: 6 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), keys: fc.array(key, { minLength: 1, maxLength: 6 }) }),
  )
}

const scenario = table.chain((t) =>
  fc.record({ t: fc.constant(t), requests: fc.array(request(t), { maxLength: 8 }) }),
)

/** What the writer built for every call before texts were kept (the statement builders, per change group). */
function freshlyBuilt(t: Table, r: Request): SqlStatement[] {
  const columns = columnsOf(t)
  const pick = (names: readonly string[]) => names.map((n) => columns.get(n) as ColumnInfo)
  const name = qualified(quotePg, t.name, t.schema)
  if (r.kind === 'delete') return buildDeletes(name, pick(t.keys), r.keys)
  return groupChanges(lastChangePerRow(changesOf(r))).flatMap((group) =>
    group.uniform
      ? buildUniformUpdates(name, pick(t.keys), pick(group.columns), group)
      : buildPerRowUpdates(name, pick(t.keys), pick(group.columns), group),
  )
}

type Request =
  | {
      kind: 'update'
      uniform: boolean
      set: Record<string, unknown>
      rows: { key: number[]; set: Record<string, unknown> }[]
    }
  | { kind: 'delete'; keys: number[][] }

function changesOf(r: Extract<Request, { kind: 'update' }>): RowChange[] {
  return r.rows.map((row) => ({ key: row.key, set: r.uniform ? r.set : row.set }))
}

describe('PgWriteStatements', () => {
  it('gives the statements and values the per-call build gives, from a kept text or a new one', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ t, requests }) => {
        const columns = columnsOf(t)
        const cache = new ColumnCache(async () => columns, undefined)
        const kept = new PgWriteStatements(cache)
        const collection = collectionSchema.parse({
          name: t.name,
          ...(t.schema ? { schema: t.schema } : {}),
          primaryKey: t.keys,
          fields: [...t.keys, ...t.others].map((name) => ({ name })),
        })
        // Every request twice: the second time (and for repeated shapes, the first) from the kept text.
        for (const r of [...requests, ...requests] as Request[]) {
          const built =
            r.kind === 'delete'
              ? await kept.deletes(collection, r.keys)
              : await kept.updates(collection, changesOf(r))
          expect(built).toEqual(freshlyBuilt(t, r))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps at most `max` texts and still builds beyond', async () => {
    const columns: TableColumns = new Map(
      ['id', 'a', 'b', 'c'].map((name): [string, ColumnInfo] => [
        name,
        { name, kind: 'text', castType: 'text', nullable: true, maxLength: null },
      ]),
    )
    const statements = new PgWriteStatements(new ColumnCache(async () => columns, undefined), 1)
    const collection = collectionSchema.parse({
      name: 't',
      primaryKey: ['id'],
      fields: ['id', 'a', 'b', 'c'].map((name) => ({ name })),
    })
    const [first] = await statements.updates(collection, [{ key: [1], set: { a: 'x' } }])
    const [second] = await statements.updates(collection, [{ key: [1], set: { b: 'x' } }])
    const [again] = await statements.updates(collection, [{ key: [2], set: { b: 'y' } }])
    expect(first?.text).toContain('SET "a" = $1::text')
    expect(second?.text).toContain('SET "b" = $1::text')
    expect(again).toEqual({ text: second?.text, values: ['y', [2]] })
  })
})
