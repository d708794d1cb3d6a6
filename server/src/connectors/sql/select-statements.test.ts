import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectionSchema, type DatasetCollection } from '../../domain/datasets/schema'
import { qualified, quotePg } from './identifiers'
import { pgWhere } from './postgres-driver'
import { boundMatches, SelectStatements } from './select-statements'
import type { TableColumns } from './table-columns'
import { type ColumnInfo, type ColumnKind, comparableValues } from './values'

const KINDS: ColumnKind[] = ['integer', 'decimal', 'text', 'boolean', 'uuid', 'date', 'timestamp', 'other']
const CAST: Record<ColumnKind, string> = {
  integer: 'integer',
  decimal: 'numeric(10,2)',
  text: 'text',
  boolean: 'boolean',
  uuid: 'uuid',
  date: 'date',
  timestamp: 'timestamp with time zone',
  other: 'jsonb',
}

/** The statement as the PostgreSQL driver built it for every call before the cache (reference). */
function freshlyBuilt(
  collection: DatasetCollection,
  schema: string | undefined,
  columns: TableColumns,
  names: readonly string[],
  matches: { field: string; values: unknown[] }[],
): { text: string; params: unknown[] } | null {
  const selected = names.map((name) => columns.get(name) as ColumnInfo)
  const params: unknown[] = []
  const conditions: string[] = []
  for (const match of matches) {
    const column = columns.get(match.field) as ColumnInfo
    const values = comparableValues(column.kind, match.values)
    if (values.length === 0) continue
    params.push(values)
    conditions.push(
      column.kind === 'other'
        ? `${quotePg(column.name)}::text = ANY($${params.length}::text[])`
        : `${quotePg(column.name)} = ANY($${params.length}::${column.castType}[])`,
    )
  }
  if (conditions.length === 0 || selected.length === 0) return null
  const table = qualified(quotePg, collection.name, schema)
  return {
    text: `SELECT ${selected.map((c) => quotePg(c.name)).join(', ')} FROM ${table} WHERE ${conditions.join(' OR ')}`,
    params,
  }
}

/** A table of 1-6 columns with names that need quoting now and then, and the requests made of it. */
const scenario = fc
  .record({
    table: fc.constantFrom('customer', 'Order Lines', 'MixedCase'),
    schema: fc.option(fc.constantFrom('public', 'Sales'), { nil: undefined }),
    columns: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom('id', 'email', 'Name', 'created at', 'n', 'meta'),
        kind: fc.constantFrom(...KINDS),
      }),
      { minLength: 1, maxLength: 6, selector: (c) => c.name },
    ),
  })
  .chain(({ table, schema, columns }) => {
    const names = columns.map((c) => c.name)
    const value = fc.oneof(
      fc.integer(),
      fc.string({ maxLength: 4 }),
      fc.constant('2024-05-01'),
      fc.constant(null),
    )
    const request = fc.record({
      fields: fc.option(fc.subarray(names, { minLength: 0 }), { nil: undefined }),
      matches: fc.array(
        fc.record({ field: fc.constantFrom(...names), values: fc.array(value, { maxLength: 3 }) }),
        { maxLength: 3 },
      ),
    })
    return fc.record({
      table: fc.constant(table),
      schema: fc.constant(schema),
      columns: fc.constant(columns),
      requests: fc.array(request, { minLength: 1, maxLength: 8 }),
    })
  })

describe('select statements kept per driver', () => {
  it('gives, for every request, the statement and values a fresh build gives - the first time and every time after', () => {
    fc.assert(
      fc.property(scenario, ({ table, schema, columns: specs, requests }) => {
        const collection = collectionSchema.parse({
          name: table,
          fields: specs.map((c) => ({ name: c.name })),
        })
        const columns: TableColumns = new Map(
          specs.map((c) => [
            c.name,
            { name: c.name, kind: c.kind, castType: CAST[c.kind], nullable: true, maxLength: null },
          ]),
        )
        const kept = new SelectStatements(
          (coll, selected) =>
            `SELECT ${selected.map((c) => quotePg(c.name)).join(', ')} FROM ${qualified(quotePg, coll.name, schema)}`,
          pgWhere,
          's',
        )
        // Every request twice: built, then taken from the cache.
        for (const { fields, matches } of [...requests, ...requests]) {
          const names = fields ?? collection.fields.map((f) => f.name)
          const expected = freshlyBuilt(collection, schema, columns, names, matches)
          const shape = kept.shape(collection, schema, columns, names)
          const bound = boundMatches(collection, columns, matches)
          if (bound.columns.length === 0 || shape.head === null) {
            expect(expected).toBeNull()
            continue
          }
          const statement = kept.statement(shape, shape.head, bound.columns)
          expect({ text: statement.text, params: bound.values }).toEqual(expected)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('names each kept text once, never two texts alike, and stops keeping (and naming) at its limit', () => {
    const collection = collectionSchema.parse({ name: 't', fields: [{ name: 'a' }, { name: 'b' }] })
    const info = (name: string): ColumnInfo => ({
      name,
      kind: 'integer',
      castType: 'integer',
      nullable: true,
      maxLength: null,
    })
    const columns: TableColumns = new Map([
      ['a', info('a')],
      ['b', info('b')],
    ])
    const kept = new SelectStatements(
      (_, s) => `SELECT ${s.map((c) => c.name).join(', ')} FROM t`,
      pgWhere,
      'p',
      2,
    )
    const shape = kept.shape(collection, undefined, columns, ['a', 'b'])
    const head = shape.head as string
    const first = kept.statement(shape, head, [info('a')])
    expect(kept.statement(shape, head, [info('a')])).toBe(first)
    const second = kept.statement(shape, head, [info('b')])
    expect(second.name).not.toBe(first.name)
    const third = kept.statement(shape, head, [info('a'), info('b')])
    expect(third).toEqual({
      text: 'SELECT a, b FROM t WHERE "a" = ANY($1::integer[]) OR "b" = ANY($2::integer[])',
    })
    expect(kept.statement(shape, head, [info('a'), info('b')])).not.toBe(third)
  })

  it('refuses a field the table does not have, as before', () => {
    const collection = collectionSchema.parse({ name: 't', fields: [{ name: 'a' }] })
    const columns: TableColumns = new Map([
      ['a', { name: 'a', kind: 'text', castType: 'text', nullable: true, maxLength: null }],
    ])
    const kept = new SelectStatements(() => 'SELECT', pgWhere, 'p')
    expect(() => kept.shape(collection, undefined, columns, ['zz'])).toThrow('Table t has no column "zz"')
    expect(() => boundMatches(collection, columns, [{ field: 'zz', values: [1] }])).toThrow(
      'Table t has no column "zz"',
    )
  })
})
