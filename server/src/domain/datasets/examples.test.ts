import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { registerDocumentSchema } from '../register/schema'
import { parseDatasetText } from './parse'
import { datasetRegisterProblems, isPersonalField } from './register-links'
import type { DatasetDocument } from './schema'

const ROOT = resolve(import.meta.dirname, '../../../..')
const CHINOOK = resolve(ROOT, 'server/test/fixtures/chinook')

interface Column {
  type: string
  length?: number
  notNull: boolean
}
interface Table {
  columns: Map<string, Column>
  primaryKey: string[]
}

/** The tables of a Chinook SQL script (CREATE TABLE blocks and ALTER TABLE ... FOREIGN KEY). */
function readSchema(file: string) {
  const sql = readFileSync(resolve(CHINOOK, file), 'utf8')
  const name = (s: string) => s.replace(/[`"]/g, '')
  const tables = new Map<string, Table>()
  for (const block of sql.matchAll(/CREATE TABLE ([`"\w]+)\s*\(([\s\S]*?)\n\);/g)) {
    const table: Table = { columns: new Map(), primaryKey: [] }
    for (const raw of (block[2] ?? '').split('\n')) {
      const line = raw.trim().replace(/,$/, '')
      const pk = /PRIMARY KEY\s*\(([^)]*)\)/.exec(line)
      if (pk) table.primaryKey = (pk[1] ?? '').split(',').map((c) => name(c.trim()))
      const column = /^([`"\w]+)\s+(\w+)(?:\((\d+)(?:,\d+)?\))?(.*)$/.exec(line)
      if (!column || line.startsWith('CONSTRAINT')) continue
      table.columns.set(name(column[1] ?? ''), {
        type: (column[2] ?? '').toUpperCase(),
        ...(column[3] ? { length: Number(column[3]) } : {}),
        notNull: /NOT NULL/.test(column[4] ?? ''),
      })
    }
    tables.set(name(block[1] ?? ''), table)
  }
  const foreignKeys = [
    ...sql.matchAll(
      /ALTER TABLE ([`"\w]+) ADD CONSTRAINT \S+\s+FOREIGN KEY \(([^)]+)\) REFERENCES ([`"\w]+) \(([^)]+)\)/g,
    ),
  ].map((m) => `${name(m[1] ?? '')}.${name(m[2] ?? '')} -> ${name(m[3] ?? '')}.${name(m[4] ?? '')}`)
  return { tables, foreignKeys }
}

function load(file: string): DatasetDocument {
  const text = readFileSync(resolve(ROOT, 'examples/datasets', file), 'utf8')
  if (!text.startsWith('# yaml-language-server: $schema=../../docs/dataset.schema.json\n'))
    throw new Error(`${file} does not point editors to the JSON Schema on its first line`)
  const parsed = parseDatasetText(text)
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems, null, 2)}`)
  return parsed.document
}

const register = registerDocumentSchema.parse({
  organization: { name: 'Chinook', languages: ['en'] },
  systems: [{ key: 'chinook_db', name: 'Chinook database', type: 'own_database' }],
  retentionRules: [
    {
      key: 'accounting_records',
      name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting' },
      duration: { years: 7 },
      trigger: 'invoice_date',
    },
  ],
})

describe.each([
  {
    file: 'chinook-postgres.dataset.yaml',
    sql: 'chinook-postgres.sql',
    names: ['customer', 'invoice', 'invoice_line'],
  },
  {
    file: 'chinook-mysql.dataset.yaml',
    sql: 'chinook-mysql.sql',
    names: ['Customer', 'Invoice', 'InvoiceLine'],
  },
])('example dataset $file', ({ file, sql, names }) => {
  const doc = load(file)
  const { tables, foreignKeys } = readSchema(sql)

  it('is valid and fits a register with the system chinook_db and the rule accounting_records', () => {
    expect(doc.system).toBe('chinook_db')
    expect(doc.collections.map((c) => c.name)).toEqual(names)
    // The customer table holds personal data and has no date a retention rule could count from: a warning.
    expect(datasetRegisterProblems(doc, register).map((p) => [p.code, p.path])).toEqual([
      ['no_retention_link', 'collections.0'],
    ])
  })

  it('names only real tables and columns, with their primary keys and foreign keys', () => {
    for (const collection of doc.collections) {
      const table = tables.get(collection.name)
      expect(table, collection.name).toBeDefined()
      expect(collection.primaryKey).toEqual(table?.primaryKey)
      for (const field of collection.fields) {
        expect(table?.columns.has(field.name), `${collection.name}.${field.name}`).toBe(true)
        const ref = field.references
        if (ref && ref.direction !== 'none')
          expect(foreignKeys).toContain(`${collection.name}.${field.name} -> ${ref.collection}.${ref.field}`)
      }
    }
  })

  it('describes every column of the customer, invoice and invoice line tables', () => {
    for (const collection of doc.collections) {
      const columns = [...(tables.get(collection.name)?.columns.keys() ?? [])]
      expect(collection.fields.map((f) => f.name).sort()).toEqual(columns.sort())
    }
  })

  it('erases only in ways the columns accept (no NULL in NOT NULL columns, values that fit)', () => {
    for (const collection of doc.collections) {
      for (const field of collection.fields) {
        const column = tables.get(collection.name)?.columns.get(field.name)
        const where = `${collection.name}.${field.name}`
        const erasure = field.erasure ?? (isPersonalField(field) ? { strategy: 'null' as const } : undefined)
        if (erasure?.strategy === 'null') expect(column?.notNull, where).toBe(false)
        if (erasure?.strategy === 'hash') {
          expect(column?.type, where).toMatch(/CHAR/)
          expect(erasure.maxLength ?? 64, where).toBeLessThanOrEqual(column?.length ?? 0)
        }
        if (erasure?.strategy === 'fixed' && typeof erasure.value === 'string')
          expect(erasure.value.length, where).toBeLessThanOrEqual(column?.length ?? 0)
      }
    }
  })

  it('finds a customer by e-mail and phone, and keeps invoices for the accounting period', () => {
    const [customer, invoice, line] = doc.collections
    expect(customer?.fields.filter((f) => f.identity).map((f) => f.identity)).toEqual([
      'customer_number',
      'phone',
      'email',
    ])
    expect(invoice?.hold?.rule).toBe('accounting_records')
    expect(invoice?.fields.find((f) => f.references)?.references).toMatchObject({
      collection: customer?.name,
      direction: 'from',
    })
    expect(line?.fields.find((f) => f.references)?.references).toMatchObject({
      collection: invoice?.name,
      direction: 'from',
    })
    expect(line?.fields.some(isPersonalField)).toBe(false)
    const personal = customer?.fields.filter(isPersonalField) ?? []
    expect(personal.every((f) => f.category !== undefined)).toBe(true)
    expect(personal.filter((f) => f.erasure?.strategy === 'keep').map((f) => f.name)).toEqual([
      customer?.primaryKey?.[0],
    ])
  })
})
