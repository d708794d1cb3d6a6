/**
 * The retention benchmark's table on PostgreSQL or MariaDB (bench/retention-sweep.ts): built once in a database of
 * its own and kept; between runs the due rows are put back from a copy table instead of building it again.
 */
import { performance } from 'node:perf_hooks'
import mysql from 'mysql2/promise'
import pg from 'pg'

export const BENCH_DATABASE = 'custos_bench_retention'
/** 7 years before the bench's today (2026-12-07): rows booked before it are due. */
export const CUTOFF = '2019-12-07'

export interface BenchTable {
  kind: 'postgres' | 'mariadb'
  /** The connection options of the dataset (PUT .../datasets/ledger/connection). */
  connection: { options: Record<string, unknown>; secret?: string }
  rows: number
  due(): Promise<number>
  /** The floor: one set-based DELETE in one transaction; its rows and duration. */
  floor(): Promise<{ rows: number; ms: number }>
  /** Puts the due rows back (from the copy) and leaves the table vacuumed and analysed. */
  restore(): Promise<void>
  /** The longest age of a transaction holding a lock on the table while `work` runs, sampled every 20 ms. */
  sampleLocks<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number; samples: number }>
  close(): Promise<void>
}

// 30 %: ids ending in 0-2, booked 2015-2019 (before the cutoff); the others 2020-2026.
const DATE_PG = `case when i % 10 < 3 then date '2015-01-01' + (i % 1700)::int else date '2020-01-01' + (i % 2500)::int end`
const DATE_MY = `case when seq % 10 < 3 then date '2015-01-01' + interval (seq % 1700) day
                 else date '2020-01-01' + interval (seq % 2500) day end`

async function sample(query: () => Promise<number>, stop: () => boolean) {
  let longest = 0
  let samples = 0
  while (!stop()) {
    longest = Math.max(longest, await query())
    samples++
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { longest, samples }
}

async function withSampler<T>(
  query: () => Promise<number>,
  work: () => Promise<T>,
): Promise<{ result: T; longestMs: number; samples: number }> {
  let running = true
  const loop = sample(query, () => !running)
  try {
    const result = await work()
    running = false
    const { longest, samples } = await loop
    return { result, longestMs: longest, samples }
  } finally {
    running = false
    await loop.catch(() => undefined)
  }
}

export async function postgresTable(
  adminUrl: string,
  rows: number,
  log: (l: string) => void,
): Promise<BenchTable> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  const exists = await admin.query('select 1 from pg_database where datname = $1', [BENCH_DATABASE])
  if (exists.rowCount === 0) await admin.query(`create database ${BENCH_DATABASE}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${BENCH_DATABASE}`
  const db = new pg.Client({ connectionString: url.toString() })
  await db.connect()
  const sampler = new pg.Client({ connectionString: url.toString() })
  await sampler.connect()
  const built = await db.query<{ rows: string }>(
    `select obj_description(oid, 'pg_class') as rows from pg_class where oid = to_regclass('ledger_due')`,
  )
  if (built.rows[0]?.rows !== String(rows)) {
    const started = performance.now()
    await db.query('drop table if exists ledger; drop table if exists ledger_due')
    await db.query(`create table ledger (ledger_id bigint primary key, customer_ref integer not null,
                      booked_on date not null, amount numeric(10,2) not null, note text)`)
    await db.query(
      `insert into ledger select i, (i * 7919) % 1000003, ${DATE_PG}, (i % 100000) / 100.0, 'booking ' || i
         from generate_series(1, $1::bigint) as i`,
      [rows],
    )
    await db.query('create table ledger_due as select * from ledger where booked_on < $1', [CUTOFF])
    await db.query(`comment on table ledger_due is '${rows}'`)
    await db.query('vacuum analyze ledger')
    log(
      `built ledger: ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  } else log(`reusing ledger of ${rows.toLocaleString('en')} rows (${BENCH_DATABASE})`)
  const count = async (sql: string) => Number((await db.query(sql, [CUTOFF])).rows[0].n)
  const table: BenchTable = {
    kind: 'postgres',
    connection: {
      options: {
        host: url.hostname,
        port: Number(url.port || 5432),
        database: BENCH_DATABASE,
        user: decodeURIComponent(url.username),
      },
      ...(url.password ? { secret: decodeURIComponent(url.password) } : {}),
    },
    rows,
    due: () => count('select count(*) as n from ledger where booked_on < $1'),
    async floor() {
      const started = performance.now()
      const result = await db.query('delete from ledger where booked_on < $1', [CUTOFF])
      return { rows: result.rowCount ?? 0, ms: performance.now() - started }
    },
    async restore() {
      const copy = await count('select count(*) as n from ledger_due where booked_on < $1')
      if ((await table.due()) === copy) return
      await db.query('vacuum ledger')
      await db.query('delete from ledger where booked_on < $1', [CUTOFF])
      await db.query('insert into ledger select * from ledger_due')
      await db.query('vacuum analyze ledger')
      await db.query('checkpoint')
    },
    sampleLocks: (work) =>
      withSampler(async () => {
        const { rows: found } = await sampler.query<{ ms: number | null }>(
          `select max(extract(epoch from clock_timestamp() - a.xact_start) * 1000)::float8 as ms
             from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.relation = 'ledger'::regclass and l.granted and a.pid <> pg_backend_pid()
              and a.xact_start is not null`,
        )
        return found[0]?.ms ?? 0
      }, work),
    async close() {
      await db.end()
      await sampler.end()
    },
  }
  return table
}

export async function mariadbTable(
  adminUrl: string,
  rows: number,
  log: (l: string) => void,
): Promise<BenchTable> {
  const admin = await mysql.createConnection(adminUrl)
  await admin.query(`create database if not exists ${BENCH_DATABASE}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${BENCH_DATABASE}`
  const db = await mysql.createConnection({ uri: url.toString(), multipleStatements: true })
  const sampler = await mysql.createConnection(url.toString())
  const [meta] = await db.query<mysql.RowDataPacket[]>(
    `select table_comment as c from information_schema.tables where table_schema = ? and table_name = 'ledger_due'`,
    [BENCH_DATABASE],
  )
  if (meta[0]?.c !== String(rows)) {
    const started = performance.now()
    await db.query('drop table if exists ledger, ledger_due')
    await db.query(`create table ledger (ledger_id bigint primary key, customer_ref integer not null,
                      booked_on date not null, amount numeric(10,2) not null, note text) engine=InnoDB`)
    await db.query(
      `insert into ledger select seq, (seq * 7919) % 1000003, ${DATE_MY}, (seq % 100000) / 100.0,
              concat('booking ', seq) from seq_1_to_${Math.trunc(rows)}`,
    )
    await db.query(
      `create table ledger_due engine=InnoDB comment='${rows}' as
                    select * from ledger where booked_on < ?`,
      [CUTOFF],
    )
    await db.query('analyze table ledger')
    log(
      `built ledger: ${rows.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  } else log(`reusing ledger of ${rows.toLocaleString('en')} rows (${BENCH_DATABASE}, MariaDB)`)
  const count = async (sql: string) => {
    const [found] = await db.query<mysql.RowDataPacket[]>(sql, [CUTOFF])
    return Number(found[0]?.n ?? 0)
  }
  return {
    kind: 'mariadb',
    connection: {
      options: {
        host: url.hostname,
        port: Number(url.port || 3306),
        database: BENCH_DATABASE,
        user: decodeURIComponent(url.username),
      },
      ...(url.password ? { secret: decodeURIComponent(url.password) } : {}),
    },
    rows,
    due: () => count('select count(*) as n from ledger where booked_on < ?'),
    async floor() {
      const started = performance.now()
      const [result] = await db.query<mysql.ResultSetHeader>('delete from ledger where booked_on < ?', [
        CUTOFF,
      ])
      return { rows: result.affectedRows, ms: performance.now() - started }
    },
    async restore() {
      const copy = await count('select count(*) as n from ledger_due where booked_on < ?')
      if ((await count('select count(*) as n from ledger where booked_on < ?')) === copy) return
      await db.query('delete from ledger where booked_on < ?', [CUTOFF])
      await db.query('insert into ledger select * from ledger_due')
      await db.query('analyze table ledger')
    },
    // information_schema.innodb_trx gives a transaction's start to the second only: the sampled age is coarse here,
    // so the client-side duration of each write transaction is the figure to read on MariaDB.
    sampleLocks: (work) =>
      withSampler(async () => {
        const [found] = await sampler.query<mysql.RowDataPacket[]>(
          `select max(timestampdiff(microsecond, trx_started, now(6))) / 1000 as ms
             from information_schema.innodb_trx
            where trx_mysql_thread_id <> connection_id() and (trx_rows_locked > 0 or trx_tables_locked > 0)`,
        )
        return Number(found[0]?.ms ?? 0)
      }, work),
    async close() {
      await db.end()
      await sampler.end()
    },
  }
}
