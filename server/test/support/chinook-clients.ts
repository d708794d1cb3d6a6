import { readFileSync } from 'node:fs'
import { parseDatasetText } from '../../src/domain/datasets/parse'
import { type ChinookDatabase, loadChinookPostgres } from './chinook'

const EXAMPLE = new URL('../../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url)

/**
 * The chinook example dataset as a processor's (key `chinook-clients`): customers carry the client they are
 * processed for in `client_code`; destroy deletes customers and invoices.
 */
export function chinookClientDataset(): string {
  const parsed = parseDatasetText(readFileSync(EXAMPLE, 'utf8'))
  if (!parsed.ok) throw new Error('example dataset invalid')
  const doc = structuredClone(parsed.document) as unknown as {
    key: string
    collections: { name: string; erasure?: string; clientField?: string; fields: { name: string }[] }[]
  }
  doc.key = 'chinook-clients'
  for (const c of doc.collections) {
    if (c.name === 'customer') {
      c.clientField = 'client_code'
      c.fields.push({ name: 'client_code' })
      c.erasure = 'delete'
    }
    if (c.name === 'invoice') c.erasure = 'delete'
  }
  return JSON.stringify(doc)
}

/** Number of the last customer of a client; the last client takes the rest. */
export type ChinookClients = readonly [...{ code: string; through: number }[], { code: string }]

/**
 * A fresh chinook on the real PostgreSQL shared by clients: customers 1..20 belong to the first client, and so on
 * (`customer.client_code`). Of the first client's invoices only a few - those of customers 3, 7 and 11 whose id is
 * a multiple of 3 - are within the 7-year accounting period; the others are 15 years older.
 */
export async function loadMultiClientChinook(clients: ChinookClients): Promise<ChinookDatabase> {
  const chinook = await loadChinookPostgres()
  const first = clients[0] as { code: string; through: number }
  const cases = clients
    .map((client, i) =>
      'through' in client
        ? `when customer_id <= ${Number(client.through)} then $${i + 1}::text`
        : `else $${i + 1}::text`,
    )
    .join(' ')
  await chinook.query(`alter table customer add column client_code text`)
  await chinook.query(
    `update customer set client_code = case ${cases} end`,
    clients.map((c) => c.code),
  )
  await chinook.query(
    `update invoice set invoice_date = invoice_date - interval '15 years'
      where customer_id <= $1 and not (customer_id in (3, 7, 11) and invoice_id % 3 = 0)`,
    [first.through],
  )
  return chinook
}

/** The number a `select count(*) n ...` query gives. */
export async function countRows(chinook: ChinookDatabase, sql: string, params: unknown[] = []) {
  return Number((await chinook.query(sql, params))[0]?.n)
}
