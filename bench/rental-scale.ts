/**
 * The rental fixture (server/test/fixtures/rental) scaled up on the local PostgreSQL and MariaDB servers for the
 * benchmark (bench/rental.ts): the fixture's own schema (payments partitioned by quarter; on PostgreSQL foreign keys
 * on the partitions, on MariaDB implicit payment references) with generated rows, set-based (generate_series on
 * PostgreSQL, the sequence engine's seq_1_to_N on MariaDB), the same rows on every build and on both systems:
 * - `customers` customers (c<n>@example.be); every tenth lives at the address of the customer before it (a
 *   household: both addresses are shared), the others at an address of their own;
 * - 10 rentals and 10 payments per customer (rental r belongs to customer (r * 7919) mod customers + 1), dated
 *   2025-01-01 to 2026-03-26, so every payment partition is used and the 7-year accounting hold keeps them all;
 * - two stores and two staff members as in the fixture (staff 2 lives at store 2's address), 600 cities.
 * Rebuilt when its recorded size differs; `personIndex` and `personIndexMariadb` add or drop the indexes on the
 * person key (rental.customer_id, payment.customer_id, customer.address_id, staff.address_id).
 */
import mysql from 'mysql2/promise'
import pg from 'pg'
// @ts-expect-error: a plain ES module without types (the fixture's generator)
import { mariadbSchema, postgresSchema } from '../server/test/fixtures/rental/generate.mjs'

export const RENTAL_DATABASE = 'custos_bench_rental'
const ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const MYSQL_ADMIN_URL = process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/'
const VERSION = 1

export interface RentalBench {
  url: string
  options: { host: string; port: number; database: string; user: string }
  password?: string
  customers: number
  payments: number
}

export async function ensureRentalScale(
  customers: number,
  log: (line: string) => void,
): Promise<RentalBench> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const url = new URL(ADMIN_URL)
  url.pathname = `/${RENTAL_DATABASE}`
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [RENTAL_DATABASE])
    let fresh = exists.rowCount === 0
    if (!fresh) {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      const meta = await client
        .query('select customers, version from custos_bench_meta')
        .catch(() => ({ rows: [] as { customers: number; version: number }[] }))
      await client.end()
      const row = meta.rows[0]
      if (!row || row.customers !== customers || row.version !== VERSION) {
        await admin.query(`drop database ${RENTAL_DATABASE} with (force)`)
        fresh = true
      }
    }
    if (fresh) {
      await admin.query(`create database ${RENTAL_DATABASE}`)
      const started = Date.now()
      log(`building ${RENTAL_DATABASE}: ${customers} customers, ${customers * 10} rentals and payments`)
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      try {
        await build(client, customers)
      } finally {
        await client.end()
      }
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  } finally {
    await admin.end()
  }
  return {
    url: url.toString(),
    options: {
      host: url.hostname,
      port: Number(url.port || 5432),
      database: RENTAL_DATABASE,
      user: decodeURIComponent(url.username),
    },
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    customers,
    payments: customers * 10,
  }
}

async function build(client: pg.Client, n: number): Promise<void> {
  const schema = postgresSchema() as { tables: string; after: string }
  await client.query(schema.tables)
  const rentals = n * 10
  await client.query(`
    insert into country values (1, 'Belgium'), (2, 'Netherlands'), (3, 'France');
    insert into city select g, 'City ' || g, 1 + g % 3 from generate_series(1, 600) g;
    insert into address
      select g, 'Street ' || g, case when g % 5 = 0 then 'bus ' || g % 9 end, 'District ' || g % 20,
             1 + g % 600, lpad((1000 + g % 9000)::text, 4, '0'), '+32 4' || lpad(g::text, 8, '0')
        from generate_series(1, ${n + 3}) g;
    insert into store values (1, 1, ${n + 1}), (2, 2, ${n + 2});
    insert into staff values
      (1, 'Mike', 'Hillyer', ${n + 3}, 'mike@rental.example', 1, true, 'mike', null),
      (2, 'Sofie', 'Jansen', ${n + 2}, 'sofie@rental.example', 2, true, 'sofie', null);
    insert into customer
      select g, 1 + g % 2, 'First' || g, 'Last' || g, 'c' || g || '@example.be',
             case when g % 10 = 0 then g - 1 else g end, true, date '2024-01-01',
             case when g % 5 = 0 then 'Call before 18h on 0470 ' || g end
        from generate_series(1, ${n}) g;
    insert into film select g, 'Film ' || g, 2000 + g % 20, 2.99, 90 from generate_series(1, 100) g;
    insert into inventory select g, 1 + g % 100, 1 + g % 2 from generate_series(1, 1000) g;
    insert into rental
      select r, timestamp '2025-01-01' + (r % 450) * interval '1 day' + (r % 600) * interval '1 minute',
             1 + r % 1000, (r::bigint * 7919) % ${n} + 1, null, 1 + r % 2
        from generate_series(1, ${rentals}) r;
    insert into payment
      select r, (r::bigint * 7919) % ${n} + 1, 1 + r % 2, r, 2.99,
             timestamp '2025-01-01' + (r % 450) * interval '1 day' + (r % 600) * interval '1 minute'
        from generate_series(1, ${rentals}) r;
    create unique index customer_email on customer (email);
    ${schema.after}
  `)
  // VACUUM cannot run in the implicit transaction of a multi-statement query.
  await client.query('vacuum (freeze, analyze)')
  await client.query(`create table custos_bench_meta (customers int, version int);
    insert into custos_bench_meta values (${n}, ${VERSION})`)
}

/** Adds (true) or drops (false) the indexes on the person key, then refreshes the statistics. */
export async function personIndex(pool: pg.Pool, present: boolean): Promise<void> {
  await pool.query(
    present
      ? `create index if not exists rental_customer on rental (customer_id);
         create index if not exists payment_customer on payment (customer_id);
         create index if not exists address_id_customer on customer (address_id);
         create index if not exists staff_address on staff (address_id);
         analyze rental; analyze payment; analyze customer;`
      : `drop index if exists rental_customer; drop index if exists payment_customer;
         drop index if exists address_id_customer; drop index if exists staff_address;
         analyze rental; analyze payment; analyze customer;`,
  )
}

/**
 * The same database on the local MariaDB server (CUSTOS_TEST_MYSQL_URL, default root@127.0.0.1:3306), built with
 * INSERT ... SELECT from the sequence engine (seq_1_to_N): about a minute on a quiet machine.
 */
export async function ensureRentalScaleMariadb(
  customers: number,
  log: (line: string) => void,
): Promise<RentalBench> {
  const admin = new URL(MYSQL_ADMIN_URL)
  const options = {
    host: admin.hostname,
    port: Number(admin.port || 3306),
    user: decodeURIComponent(admin.username),
    password: decodeURIComponent(admin.password),
  }
  const client = await mysql.createConnection({ ...options, multipleStatements: true })
  try {
    const [meta] = await client
      .query<mysql.RowDataPacket[]>(`select customers, version from ${RENTAL_DATABASE}.custos_bench_meta`)
      .catch(() => [[] as mysql.RowDataPacket[]] as const)
    const row = meta[0]
    if (!row || row.customers !== customers || row.version !== VERSION) {
      const started = Date.now()
      log(
        `building ${RENTAL_DATABASE} on MariaDB: ${customers} customers, ${customers * 10} rentals and payments`,
      )
      await client.query(`drop database if exists ${RENTAL_DATABASE}; create database ${RENTAL_DATABASE};
        use ${RENTAL_DATABASE}`)
      await buildMariadb(client, customers)
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  } finally {
    await client.end()
  }
  const url = new URL(MYSQL_ADMIN_URL)
  url.pathname = `/${RENTAL_DATABASE}`
  return {
    url: url.toString(),
    options: { host: options.host, port: options.port, database: RENTAL_DATABASE, user: options.user },
    ...(options.password ? { password: options.password } : {}),
    customers,
    payments: customers * 10,
  }
}

async function buildMariadb(client: mysql.Connection, n: number): Promise<void> {
  const schema = mariadbSchema() as { tables: string; after: string }
  const rentals = n * 10
  const date = (r: string) =>
    `timestamp '2025-01-01 00:00:00' + interval (${r} % 450) day + interval (${r} % 600) minute`
  await client.query(schema.tables)
  // One statement per table, checks off while loading (the rows are valid by construction).
  await client.query(`set session foreign_key_checks = 0, unique_checks = 0;
    insert into country values (1, 'Belgium'), (2, 'Netherlands'), (3, 'France');
    insert into city select seq, concat('City ', seq), 1 + seq % 3 from seq_1_to_600;
    insert into address
      select seq, concat('Street ', seq), case when seq % 5 = 0 then concat('bus ', seq % 9) end,
             concat('District ', seq % 20), 1 + seq % 600, lpad(1000 + seq % 9000, 4, '0'),
             concat('+32 4', lpad(seq, 8, '0'))
        from seq_1_to_${n + 3};
    insert into store values (1, 1, ${n + 1}), (2, 2, ${n + 2});
    insert into staff values
      (1, 'Mike', 'Hillyer', ${n + 3}, 'mike@rental.example', 1, true, 'mike', null),
      (2, 'Sofie', 'Jansen', ${n + 2}, 'sofie@rental.example', 2, true, 'sofie', null);
    insert into customer
      select seq, 1 + seq % 2, concat('First', seq), concat('Last', seq), concat('c', seq, '@example.be'),
             case when seq % 10 = 0 then seq - 1 else seq end, true, date '2024-01-01',
             case when seq % 5 = 0 then concat('Call before 18h on 0470 ', seq) end
        from seq_1_to_${n};
    insert into film select seq, concat('Film ', seq), 2000 + seq % 20, 2.99, 90 from seq_1_to_100;
    insert into inventory select seq, 1 + seq % 100, 1 + seq % 2 from seq_1_to_1000;
    insert into rental
      select seq, ${date('seq')}, 1 + seq % 1000, (seq * 7919) % ${n} + 1, null, 1 + seq % 2
        from seq_1_to_${rentals};
    insert into payment
      select seq, (seq * 7919) % ${n} + 1, 1 + seq % 2, seq, 2.99, ${date('seq')}
        from seq_1_to_${rentals};
    create unique index customer_email on customer (email);
    ${schema.after}
    set session foreign_key_checks = 1, unique_checks = 1;
    analyze table country, city, address, store, staff, customer, film, inventory, rental, payment;
    create table custos_bench_meta (customers int, version int);
    insert into custos_bench_meta values (${n}, ${VERSION});`)
}

/**
 * MariaDB: the indexes on the person key, with the foreign keys that need them (InnoDB keeps an index under every
 * foreign key, so "no index" means the key is not declared either; the dataset describes these references, so the
 * engine's statements are the same either way). Added back without checking the rows (they are valid).
 */
export async function personIndexMariadb(pool: mysql.Pool, present: boolean): Promise<void> {
  const keys = [
    ['rental', 'customer_id', 'customer (customer_id)', 'rental_customer_id_fkey'],
    ['customer', 'address_id', 'address (address_id)', 'customer_address_id_fkey'],
    ['staff', 'address_id', 'address (address_id)', 'staff_address_id_fkey'],
  ] as const
  const connection = await pool.getConnection()
  try {
    if (present) {
      await connection.query('set session foreign_key_checks = 0')
      for (const [table, column, target, name] of keys) {
        await connection.query(`create index if not exists ${name} on ${table} (${column})`)
        await connection.query(
          `alter table ${table} add constraint ${name} foreign key if not exists (${column}) references ${target}`,
        )
      }
      await connection.query('create index if not exists payment_customer_id on payment (customer_id)')
      await connection.query('set session foreign_key_checks = 1')
    } else {
      for (const [table, , , name] of keys) {
        await connection.query(`alter table ${table} drop foreign key if exists ${name}`)
        await connection.query(`drop index if exists ${name} on ${table}`)
      }
      await connection.query('drop index if exists payment_customer_id on payment')
    }
    await connection.query('analyze table rental, payment, customer, staff')
  } finally {
    connection.release()
  }
}
