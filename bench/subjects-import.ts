/**
 * Subject CSV import throughput (issue 14, target 2: >= 20,000 rows/s with progress, constant memory). A file of N
 * generated people - name, e-mail, mobile number, national register number, customer number - is imported into an
 * empty organisation through the service (`importSubjectsCsv`, what the route and `custos subjects import` call),
 * on PGlite or PostgreSQL. Printed: rows/s, the number of name keys a person, the progress reports, the RSS before
 * and at its peak, the load average. Each round is followed by the floor: the same rows written by the database
 * itself (see `floor`), so the ratio import/floor is measured under the same load.
 *
 * Because the machine is shared, wall time says little about what a quiet machine would do; the CPU time spent a
 * row does not depend on the load. So each round also prints the CPU microseconds a row of this process (parsing,
 * validation, hashing, encryption, the driver) and, on a local PostgreSQL server whose processes /proc shows, of
 * the database's backends serving this database - and the rate two quiet cores would allow at best from them.
 *
 *   npx tsx bench/subjects-import.ts [rows, default 20000] [embedded|postgres, default postgres] [rounds, default 1]
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { sql } from 'kysely'
import { systemActor } from '../server/src/audit/actor'
import { type AppContext, inTransaction } from '../server/src/context'
import { nationalNumberFor } from '../server/src/domain/national-number'
import { csvRecords } from '../server/src/lib/csv'
import { importSubjectsCsv } from '../server/src/modules/subjects/import'
import { createOrg } from '../server/test/support/factories'
import { openEnvironment } from './context'

const ROWS = Number(process.argv[2] ?? 20000)
const BACKEND = (process.argv[3] ?? 'postgres') as 'embedded' | 'postgres'
const REPEATS = Number(process.argv[4] ?? 1)
const FIRST = [
  'Jan',
  'Marie',
  'Pieter',
  'Sofie',
  'Luc',
  'Emma',
  'Tom',
  'Lotte',
  'Wim',
  'Nora',
  'Anaïs',
  'Jérôme',
]
const LAST = ['Peeters', 'Janssens', 'Maes', 'Van den Bossche', 'De Smet', 'Dubois', 'Lambert', 'Claes']

function file(rows: number): string {
  const lines = [
    ['name', 'email', 'phone', 'national_number', 'customer_number', 'customer_system', 'last_contact'],
  ]
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')
    const year = 1950 + (Math.floor(i / 336) % 50)
    lines.push([
      `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}-${i}`,
      `person${i}@example.be`,
      `+32 470 ${String(100000 + i).padStart(6, '0')}`,
      nationalNumberFor(`${year}-${month}-${day}`, 1 + (Math.floor(i / 16800) % 998)),
      `C-${i}`,
      'crm',
      '2025-03-01',
    ])
  }
  return csvRecords(lines, { delimiter: ',', escapeFormulas: false })
}

async function* chunks(text: string) {
  const bytes = Buffer.from(text, 'utf8')
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024)
}

/**
 * The floor: the database writing the same rows itself (generated server-side, no client, no validation, no
 * hashing or encryption) into the same tables, with the same indexes and foreign keys - one subject with as many
 * name keys as the import wrote a person, four identities, one event - in one transaction.
 */
async function floor(ctx: AppContext, organizationId: string, rows: number, keysPerPerson: number) {
  const t0 = process.hrtime.bigint()
  const steps: string[] = []
  const step = async (name: string, run: () => Promise<unknown>) => {
    const s0 = process.hrtime.bigint()
    await run()
    steps.push(`${name} ${(Number(process.hrtime.bigint() - s0) / 1e9).toFixed(2)} s`)
  }
  await inTransaction(ctx, async ({ db }) => {
    await sql`create temp table floor_people on commit drop as
      select gen_random_uuid() as id, g from generate_series(1, ${rows}::int) g`.execute(db)
    await step('subjects', () =>
      sql`insert into subjects
          (id, organization_id, display_name_encrypted, name_keys, created_at, updated_at)
        select id, ${organizationId}, 'v1.' || md5(id::text) || '.' || md5(g::text),
          array(select ('x' || substr(md5(id::text || n::text), 1, 16))::bit(64)::bigint
                from generate_series(1, ${keysPerPerson}::int) n),
          now(), now()
        from floor_people`.execute(db),
    )
    await step('subject_identities', () =>
      sql`insert into subject_identities
        (id, organization_id, subject_id, kind, system_key, value_encrypted, value_masked, lookup_key)
      select gen_random_uuid(), ${organizationId}, p.id, k.kind, k.system_key,
        'v1.' || md5(p.id::text || k.kind) || '.' || md5(p.g::text), '***', md5(k.kind || p.id::text)
      from floor_people p cross join (values ('email', ''), ('phone', ''), ('national_number', ''),
        ('customer_number', 'crm')) k(kind, system_key)`.execute(db),
    )
    await step('subject_events', () =>
      sql`insert into subject_events (id, organization_id, subject_id, kind, occurred_on)
      select gen_random_uuid(), ${organizationId}, id, 'last_contact', date '2025-03-01' from floor_people`.execute(
        db,
      ),
    )
  })
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, steps }
}

/** CPU milliseconds of this process. */
const ownCpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** CPU milliseconds (user + system) of the PostgreSQL backends serving this database, by process id. */
async function backendCpu(ctx: AppContext): Promise<Map<number, number> | null> {
  if (BACKEND !== 'postgres') return null
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = current_database()`.execute(ctx.db)
  const cpu = new Map<number, number>()
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10) // clock ticks of 10 ms
    } catch {
      return null // not a local server
    }
  }
  return cpu
}

function backendCpuSpent(before: Map<number, number> | null, after: Map<number, number> | null) {
  if (!before || !after) return null
  let spent = 0
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0)
  return spent
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
const env = await openEnvironment(BACKEND)
try {
  const body = file(ROWS)
  console.log(`${BACKEND}: ${ROWS} rows, ${REPEATS} interleaved repeat(s); load average ${load()}`)
  for (let round = 1; round <= REPEATS; round++) {
    const org = round === 1 ? env.org : await createOrg(env.ctx, `Import ${round}`)
    const rssBefore = process.memoryUsage().rss
    let peak = rssBefore
    let progressCalls = 0
    const backendsBefore = await backendCpu(env.ctx)
    const cpu0 = ownCpu()
    const t0 = process.hrtime.bigint()
    const summary = await importSubjectsCsv(env.ctx, systemActor('cli:bench'), org, chunks(body), {
      dryRun: false,
      onProgress: () => {
        progressCalls++
        peak = Math.max(peak, process.memoryUsage().rss)
      },
    })
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9
    const ownUs = ((ownCpu() - cpu0) * 1000) / ROWS
    const databaseMs = backendCpuSpent(backendsBefore, await backendCpu(env.ctx))
    if (summary.imported !== ROWS)
      throw new Error(
        `imported ${summary.imported} of ${ROWS}: ${JSON.stringify(summary.errors.slice(0, 3))}`,
      )
    const keys = await sql<{ n: string }>`
      select sum(cardinality(name_keys))::text as n from subjects where organization_id = ${org.id}`.execute(
      env.ctx.db,
    )
    const keysPerPerson = Number(keys.rows[0]?.n ?? 0) / ROWS
    const mb = (n: number) => `${Math.round(n / 1048576)} MB`
    console.log(
      `  import: ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds)} rows/s; ${keysPerPerson.toFixed(1)} name keys ` +
        `a person; ${progressCalls} progress reports; RSS ${mb(rssBefore)} before, peak ${mb(peak)}; load ${load()}`,
    )
    if (databaseMs === null) {
      console.log(`  CPU a row: this process ${ownUs.toFixed(0)} us (database included when embedded)`)
    } else {
      const databaseUs = (databaseMs * 1000) / ROWS
      // Two quiet cores at best: this process (one thread) and the database backend (one connection a batch)
      // side by side - the import overlaps them - so the slower of the two sets the pace.
      const best = 1e6 / Math.max(ownUs, databaseUs)
      console.log(
        `  CPU a row: this process ${ownUs.toFixed(0)} us, database backends ${databaseUs.toFixed(0)} us; ` +
          `two quiet cores would allow at most ~${Math.round(best)} rows/s`,
      )
    }
    const floorOrg = await createOrg(env.ctx, `Floor ${round}`)
    const floorBackendsBefore = await backendCpu(env.ctx)
    const { seconds: floorSeconds, steps } = await floor(
      env.ctx,
      floorOrg.id,
      ROWS,
      Math.round(keysPerPerson),
    )
    console.log(
      `  floor (same rows written by the database itself): ${floorSeconds.toFixed(1)} s = ` +
        `${Math.round(ROWS / floorSeconds)} rows/s; import/floor time ${(seconds / floorSeconds).toFixed(1)}x; ` +
        `load ${load()}`,
    )
    console.log(`    floor steps: ${steps.join(', ')}`)
    const floorMs = backendCpuSpent(floorBackendsBefore, await backendCpu(env.ctx))
    if (floorMs !== null)
      console.log(`    floor CPU a row: database backends ${((floorMs * 1000) / ROWS).toFixed(0)} us`)
  }
} finally {
  await env.close()
}
