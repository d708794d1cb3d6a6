/**
 * The floor of the connector benchmark: the reads and writes the engine makes for one chinook customer, written by
 * hand against the known schema and sent through the same driver library (node-postgres, the pool the PostgreSQL
 * connector opens, with its type parsers). Nothing generic: no dataset, no column lookup, no plan.
 */
import type pg from 'pg'

type Row = Record<string, unknown>

export interface FloorRead {
  customers: Row[]
  invoices: Row[]
  lines: Row[]
}

/** The same columns the dataset lists, so both sides move the same bytes. */
const CUSTOMER_COLUMNS =
  'customer_id, first_name, last_name, company, address, city, state, country, postal_code, phone, fax, email, support_rep_id'
const INVOICE_COLUMNS =
  'invoice_id, customer_id, invoice_date, billing_address, billing_city, billing_state, billing_country, billing_postal_code, total'
const LINE_COLUMNS = 'invoice_line_id, invoice_id, track_id, unit_price, quantity'

/** Customer by e-mail, their invoices by customer ids, the lines by invoice ids: three statements at most. */
export async function floorAccess(pool: pg.Pool, email: string): Promise<FloorRead> {
  const customers = (await pool.query(`select ${CUSTOMER_COLUMNS} from customer where email = $1`, [email]))
    .rows
  const customerIds = customers.map((c) => c.customer_id)
  const invoices =
    customerIds.length === 0
      ? []
      : (
          await pool.query(`select ${INVOICE_COLUMNS} from invoice where customer_id = any($1::int[])`, [
            customerIds,
          ])
        ).rows
  const invoiceIds = invoices.map((i) => i.invoice_id)
  const lines =
    invoiceIds.length === 0
      ? []
      : (
          await pool.query(`select ${LINE_COLUMNS} from invoice_line where invoice_id = any($1::int[])`, [
            invoiceIds,
          ])
        ).rows
  return { customers, invoices, lines }
}

export interface FloorErasure {
  read: FloorRead
  customersUpdated: number
  invoicesUpdated: number
}

/** The first day an invoice is no longer held: its date plus the retention period is before today. */
function releasedBefore(today: string, years: number): Date {
  const cutoff = new Date(`${today}T00:00:00`)
  cutoff.setFullYear(cutoff.getFullYear() - years)
  return cutoff
}

/**
 * The same reads, then in one transaction: the billing fields of the invoices past the retention period nulled,
 * the customer masked (fixed first name, keyed hash of last name and e-mail, the rest nulled). The lines hold no
 * personal data and the invoices are kept (accounting), so nothing is deleted - exactly the engine's plan.
 */
export async function floorErasure(
  pool: pg.Pool,
  email: string,
  options: { today: string; holdYears: number; hash: (value: string) => string },
): Promise<FloorErasure> {
  const read = await floorAccess(pool, email)
  const cutoff = releasedBefore(options.today, options.holdYears)
  const released = read.invoices.filter((i) => (i.invoice_date as Date) < cutoff).map((i) => i.invoice_id)
  const client = await pool.connect()
  try {
    await client.query('begin')
    const invoices =
      released.length === 0
        ? 0
        : ((
            await client.query(
              `update invoice set billing_address = null, billing_city = null, billing_state = null,
                      billing_country = null, billing_postal_code = null
                where invoice_id = any($1::int[])`,
              [released],
            )
          ).rowCount ?? 0)
    let customers = 0
    for (const customer of read.customers) {
      customers +=
        (
          await client.query(
            `update customer set first_name = 'erased', last_name = $2, company = null, address = null,
                    city = null, state = null, country = null, postal_code = null, phone = null, fax = null,
                    email = $3
              where customer_id = $1`,
            [
              customer.customer_id,
              options.hash(String(customer.last_name)).slice(0, 16),
              options.hash(String(customer.email)).slice(0, 32),
            ],
          )
        ).rowCount ?? 0
    }
    await client.query('commit')
    return { read, customersUpdated: customers, invoicesUpdated: invoices }
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export interface CustomerShape {
  /** Still as generated (not erased by an earlier run). */
  intact: boolean
  invoices: number
  /** Invoices past the retention period, whose billing fields an erasure nulls. */
  released: number
  lines: number
}

/**
 * What an erasure of this customer would touch; used (untimed) to pair customers of the same shape. It reads the
 * same index entries and rows the measured operations read, so both sides find them in memory: the comparison is
 * of the work each side adds, not of which side happened to read a page from disk first.
 */
export async function customerShape(
  pool: pg.Pool,
  customerId: number,
  options: { today: string; holdYears: number },
): Promise<CustomerShape> {
  // Found by the generated address, like the measured operations, so an erased customer is not found.
  const { rows } = await pool.query(
    `select (select count(*) from invoice i where i.customer_id = c.customer_id)::int as invoices,
            (select count(*) from invoice i where i.customer_id = c.customer_id and i.invoice_date < $2)::int
              as released,
            (select count(*) from invoice_line l join invoice i using (invoice_id)
              where i.customer_id = c.customer_id)::int as lines
       from customer c where c.email = $1`,
    [`c${customerId}@example.be`, releasedBefore(options.today, options.holdYears)],
  )
  const row = rows[0]
  return row ? { intact: true, ...row } : { intact: false, invoices: 0, released: 0, lines: 0 }
}

/** Throws unless the customer is masked and exactly the released invoices lost their billing address. */
export async function assertErased(
  pool: pg.Pool,
  customerId: number,
  options: { today: string; holdYears: number },
): Promise<void> {
  const cutoff = releasedBefore(options.today, options.holdYears)
  const { rows: customers } = await pool.query(
    'select first_name, email, address from customer where customer_id = $1',
    [customerId],
  )
  const customer = customers[0]
  if (customer?.first_name !== 'erased' || customer.address !== null || /@/.test(customer.email))
    throw new Error(`Customer ${customerId} is not erased: ${JSON.stringify(customer)}`)
  const { rows: invoices } = await pool.query(
    'select invoice_id, invoice_date, billing_address from invoice where customer_id = $1',
    [customerId],
  )
  for (const invoice of invoices) {
    const released = invoice.invoice_date < cutoff
    if (released !== (invoice.billing_address === null))
      throw new Error(`Invoice ${invoice.invoice_id} of customer ${customerId} was not erased as planned`)
  }
}
