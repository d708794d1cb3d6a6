/**
 * The chinook sample database scaled up for the connector benchmark: a database on the local PostgreSQL server
 * (CUSTOS_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres) with the chinook schema and reference
 * data (server/test/fixtures/chinook/chinook-postgres.sql, the vendored sample) and generated customers, invoices and invoice lines.
 *
 * Everything is generated set-based with generate_series and deterministic hashes (hashint4/hashint8), so two
 * builds give the same data. The tables are filled without constraints, then get the chinook script's primary keys,
 * foreign keys and indexes back, plus an index on customer(email) that a real shop has to find a customer by
 * address; then VACUUM (FREEZE, ANALYZE), so that no read sets hint bits or plans without statistics. A table
 * custos_bench_meta written last records the size; a database with the right size is reused as is.
 */
import { readFileSync } from 'node:fs'
import pg from 'pg'

export interface ChinookScale {
  customers: number
  invoices: number
}

/** 1,000,000 customers; 2,200,000 invoices; 1 to 9 lines per invoice (about 11,000,000 lines). */
export const FULL_SCALE: ChinookScale = { customers: 1_000_000, invoices: 2_200_000 }

/** Bump when the generated data changes, so an old database is rebuilt instead of reused. */
const GENERATOR_VERSION = 1
const MAX_LINES_PER_INVOICE = 9
const FIRST_DAY = '2015-01-01'
const DAYS = 4_320 // 2015-01-01 to 2026-10-29

export interface ChinookBenchDatabase {
  name: string
  /** Connection settings for openSqlDriver and openPgPool. */
  options: { host: string; port: number; database: string; user: string }
  password?: string
  counts: { customers: number; invoices: number; invoiceLines: number }
  sizeBytes: number
  built: 'reused' | 'built'
  buildSeconds?: number
}

const ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const SCRIPT = new URL('../server/test/fixtures/chinook/chinook-postgres.sql', import.meta.url)

/** custos_bench_chinook at full scale; other scales (for trying the harness) get their own database. */
export function databaseNameFor(scale: ChinookScale): string {
  return scale.customers === FULL_SCALE.customers && scale.invoices === FULL_SCALE.invoices
    ? 'custos_bench_chinook'
    : `custos_bench_chinook_${scale.customers}_${scale.invoices}`
}

function urlFor(database: string): URL {
  const url = new URL(ADMIN_URL)
  url.pathname = `/${database}`
  return url
}

async function withClient<T>(url: URL, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url.toString(), application_name: 'custos-bench' })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

interface Meta {
  generator_version: number
  customers: number
  invoices: number
  invoice_lines: number
}

async function readMeta(name: string): Promise<Meta | null> {
  const exists = await withClient(new URL(ADMIN_URL), (c) =>
    c.query('select 1 from pg_database where datname = $1', [name]),
  )
  if (exists.rowCount === 0) return null
  return withClient(urlFor(name), async (c) => {
    const table = await c.query("select to_regclass('public.custos_bench_meta') as t")
    if (!table.rows[0]?.t) return null
    const { rows } = await c.query<Meta>(
      'select generator_version, customers, invoices, invoice_lines from custos_bench_meta',
    )
    return rows[0] ?? null
  })
}

/** The chinook script without the statements that drop, create and switch to its own database. */
function chinookScript(): string {
  return readFileSync(SCRIPT, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(DROP DATABASE|CREATE DATABASE|\\c )/i.test(line))
    .join('\n')
}

const pick = (values: readonly string[], n: string) =>
  `(array[${values.map((v) => `'${v}'`).join(', ')}])[1 + (${n}) % ${values.length}]`

const FIRST_NAMES = ['Daan', 'Lotte', 'Wout', 'Emma', 'Lucas', 'Camille', 'Noah', 'Louise', 'Arthur', 'Elise']
const LAST_NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Dubois',
  'Lambert',
  'Claes',
  'Willems',
]
const CITIES = ['Gent', 'Antwerpen', 'Brussel', 'Leuven', 'Liège', 'Namur', 'Brugge', 'Hasselt', 'Mons']
const STREETS = ['Kerkstraat', 'Stationsstraat', 'Rue de la Gare', 'Dorpsstraat', 'Molenstraat', 'Rue Haute']

/** Address columns as a function of the customer number, so invoices can repeat them without a join. */
function addressOf(n: string) {
  return {
    address: `${pick(STREETS, n)} || ' ' || (1 + (${n}) % 180)`,
    city: pick(CITIES, `(${n}) / 7`),
    state: `null`,
    country: `'Belgium'`,
    postal: `(1000 + (${n}) % 8990)::text`,
  }
}

/** Number of lines of invoice i (1 to 9), the same expression for the lines and the invoice total. */
const linesOf = (i: string) => `(1 + abs(hashint8((${i})::bigint)) % ${MAX_LINES_PER_INVOICE})`

function generationStatements(scale: ChinookScale): [string, string][] {
  const c = addressOf('n')
  const owner = `(1 + abs(hashint4(i)) % ${scale.customers})`
  const b = addressOf(owner)
  return [
    [
      'drop the constraints and sample rows of customer, invoice, invoice_line',
      `alter table invoice_line drop constraint invoice_line_invoice_id_fkey,
         drop constraint invoice_line_track_id_fkey, drop constraint invoice_line_pkey;
       alter table invoice drop constraint invoice_customer_id_fkey, drop constraint invoice_pkey;
       alter table customer drop constraint customer_support_rep_id_fkey, drop constraint customer_pkey;
       drop index invoice_line_invoice_id_idx, invoice_line_track_id_idx, invoice_customer_id_idx,
         customer_support_rep_id_idx;
       truncate invoice_line, invoice, customer`,
    ],
    [
      `${scale.customers.toLocaleString('en')} customers`,
      `insert into customer (customer_id, first_name, last_name, company, address, city, state, country,
                             postal_code, phone, fax, email, support_rep_id)
       select n, ${pick(FIRST_NAMES, 'n')}, ${pick(LAST_NAMES, 'n / 10')},
              case when n % 5 = 0 then 'Bedrijf ' || (n % 997) || ' BV' end,
              ${c.address}, ${c.city}, ${c.state}, ${c.country}, ${c.postal},
              '+32 4' || lpad((n % 100000000)::text, 8, '0'), null, 'c' || n || '@example.be', 3 + n % 3
         from generate_series(1, ${scale.customers}) n`,
    ],
    [
      `${scale.invoices.toLocaleString('en')} invoices (${FIRST_DAY} plus 0 to ${DAYS} days)`,
      `insert into invoice (invoice_id, customer_id, invoice_date, billing_address, billing_city, billing_state,
                            billing_country, billing_postal_code, total)
       select i, ${owner}, date '${FIRST_DAY}' + (abs(hashint4(i + 7)) % ${DAYS}),
              ${b.address}, ${b.city}, ${b.state}, ${b.country}, ${b.postal}, 0.99 * ${linesOf('i')}
         from generate_series(1, ${scale.invoices}) i`,
    ],
    [
      'invoice lines (1 to 9 per invoice)',
      `insert into invoice_line (invoice_line_id, invoice_id, track_id, unit_price, quantity)
       select (i - 1) * ${MAX_LINES_PER_INVOICE} + g, i, 1 + abs(hashint4(i * 10 + g)) % 3503, 0.99, 1
         from generate_series(1, ${scale.invoices}) i, generate_series(1, ${linesOf('i')}) g`,
    ],
    [
      'primary key of customer',
      'alter table customer add constraint customer_pkey primary key (customer_id)',
    ],
    ['primary key of invoice', 'alter table invoice add constraint invoice_pkey primary key (invoice_id)'],
    [
      'primary key of invoice_line',
      'alter table invoice_line add constraint invoice_line_pkey primary key (invoice_line_id)',
    ],
    [
      'foreign keys',
      `alter table customer add constraint customer_support_rep_id_fkey
         foreign key (support_rep_id) references employee (employee_id);
       alter table invoice add constraint invoice_customer_id_fkey
         foreign key (customer_id) references customer (customer_id);
       alter table invoice_line add constraint invoice_line_invoice_id_fkey
         foreign key (invoice_id) references invoice (invoice_id);
       alter table invoice_line add constraint invoice_line_track_id_fkey
         foreign key (track_id) references track (track_id)`,
    ],
    [
      'indexes: customer(email), customer(support_rep_id), invoice(customer_id), invoice_line(invoice_id, track_id)',
      `create index customer_email_idx on customer (email);
       create index customer_support_rep_id_idx on customer (support_rep_id);
       create index invoice_customer_id_idx on invoice (customer_id);
       create index invoice_line_invoice_id_idx on invoice_line (invoice_id);
       create index invoice_line_track_id_idx on invoice_line (track_id)`,
    ],
  ]
}

async function build(name: string, scale: ChinookScale, log: (line: string) => void): Promise<void> {
  await withClient(new URL(ADMIN_URL), async (c) => {
    await c.query(`drop database if exists ${name} with (force)`)
    await c.query(`create database ${name}`)
  })
  await withClient(urlFor(name), async (c) => {
    // A bulk load: no need to wait for each commit to reach the disk; bigger memory for the index builds.
    await c.query("set synchronous_commit = off; set maintenance_work_mem = '1GB'")
    log('loading the chinook schema and reference data')
    await c.query(chinookScript())
    for (const [what, statement] of generationStatements(scale)) {
      const start = Date.now()
      await c.query(statement)
      log(`  ${what}: ${((Date.now() - start) / 1000).toFixed(1)} s`)
    }
    const start = Date.now()
    await c.query('vacuum (freeze, analyze)')
    log(`  vacuum (freeze, analyze): ${((Date.now() - start) / 1000).toFixed(1)} s`)
    await c.query(
      `create table custos_bench_meta as
       select ${GENERATOR_VERSION} as generator_version, now() as built_at,
              (select count(*) from customer)::int as customers, (select count(*) from invoice)::int as invoices,
              (select count(*) from invoice_line)::int as invoice_lines`,
    )
  })
}

/**
 * Opens the benchmark database, building it first when it is missing, of another size or generator version, or
 * when `rebuild` is set (npm run bench -- --scenario=connectors --rebuild, or CUSTOS_BENCH_REBUILD=1).
 */
export async function ensureChinookScale(
  scale: ChinookScale,
  options: { rebuild: boolean; log: (line: string) => void },
): Promise<ChinookBenchDatabase> {
  const name = databaseNameFor(scale)
  let meta = options.rebuild ? null : await readMeta(name)
  const fits =
    meta?.generator_version === GENERATOR_VERSION &&
    meta.customers === scale.customers &&
    meta.invoices === scale.invoices
  let buildSeconds: number | undefined
  if (!fits) {
    options.log(
      `building ${name} (${scale.customers.toLocaleString('en')} customers, ` +
        `${scale.invoices.toLocaleString('en')} invoices); several minutes at full scale`,
    )
    const start = Date.now()
    await build(name, scale, options.log)
    buildSeconds = (Date.now() - start) / 1000
    meta = await readMeta(name)
    if (!meta) throw new Error(`${name} was built but has no custos_bench_meta`)
  } else {
    options.log(`reusing ${name} (--rebuild to build it again)`)
  }
  const url = urlFor(name)
  const sizeBytes = await withClient(url, async (c) =>
    Number((await c.query('select pg_database_size(current_database()) as s')).rows[0]?.s),
  )
  return {
    name,
    options: {
      host: url.hostname,
      port: Number(url.port || 5432),
      database: name,
      user: decodeURIComponent(url.username),
    },
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    counts: {
      customers: (meta as Meta).customers,
      invoices: (meta as Meta).invoices,
      invoiceLines: (meta as Meta).invoice_lines,
    },
    sizeBytes,
    built: fits ? 'reused' : 'built',
    ...(buildSeconds !== undefined ? { buildSeconds } : {}),
  }
}
