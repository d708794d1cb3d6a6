/**
 * Subject index at growing sizes on PostgreSQL (issue 14, target 2; decisions 0059, 0084). One database grows from the
 * first size to the last; at each size, interleaved in one loop with its baseline:
 * - lookup by an identity: the service (`listSubjectsPage`: plan, blind index, page, count, identities,
 *   decryption) and the API (app.inject, full pipeline) against the raw blind-index query (the subject row found
 *   through `subject_identities.lookup_key`);
 * - name search for a one-letter, a three-letter and a full-name prefix (the API, p50/p99), against the raw
 *   keyed query (the newest 50 subjects holding the key the search reads; "sofie goossens" reads the key of
 *   "sofie goossen" and checks the candidates' decrypted names, decision 0084);
 * - the first page without search.
 * Seeded subjects carry their names encrypted and the name keys of the application (10,000 first/last-name
 * pairs), an e-mail with a random lookup key and every fifth a customer number; 1,000 subjects imported through
 * the CSV route are the newest, with real identities, and are what the searches find first. The import's rate is
 * printed too.
 *
 *   npx tsx bench/subjects-index.ts [sizes, default 10000,100000,1000000] [repeats, default 200]
 */
import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { identityLookupPurpose } from '../server/src/domain/subjects/identity'
import { nameLookup } from '../server/src/domain/subjects/name-prefixes'
import { csvRecords } from '../server/src/lib/csv'
import { nameKeyOf, nameKeysOf, sealSubjectName } from '../server/src/modules/subjects/name-seal'
import { listSubjectsPage } from '../server/src/modules/subjects/service'
import { openEnvironment } from './context'
import { percentile } from './measure'

const SIZES = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number)
const REPEATS = Number(process.argv[3] ?? 200)
const FIRST = ['Jan', 'Marie', 'Pieter', 'Sofie', 'Luc', 'Emma', 'Tom', 'Lotte', 'Wim', 'Nora']
const LAST = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'Dubois',
]
// 100 x 100 pairs: first names and surnames made distinct by a syllable, as in a real population.
const SYLLABLES = ['', 'a', 'e', 'i', 'o', 'y', 'en', 'er', 'el', 'an']
const firsts = FIRST.flatMap((f) => SYLLABLES.map((s) => f + s))
const lasts = LAST.flatMap((l) => SYLLABLES.map((s) => l + s))
const PAIRS = firsts.length * lasts.length

const env = await openEnvironment('postgres')
const { ctx, org } = env
const db = ctx.db
const url = `/api/v1/orgs/${org.slug}/subjects`
const get = async (path: string) => {
  const res = await env.app.inject({ method: 'GET', url: path, headers: { cookie: env.cookie } })
  if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
  return res
}
const csrf = (await get('/api/v1/me')).json().csrfToken as string
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6
async function time(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint()
  await fn()
  return ms(start)
}

// The name keys of every pair, once (the same in every subject of the pair).
process.stderr.write('hashing name prefixes\n')
const pairName = (pair: number) =>
  `${firsts[pair % firsts.length]} ${lasts[Math.floor(pair / firsts.length)]}`
const pairKeys = Array.from(
  { length: PAIRS },
  (_, pair) => `{${nameKeysOf(ctx.encryption, org.id, pairName(pair)).join(',')}}`,
)
/** The id PostgreSQL's md5('s' || g)::uuid gives. */
const seededId = (g: number) => {
  const h = createHash('md5').update(`s${g}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

async function seed(from: number, to: number) {
  const t0 = process.hrtime.bigint()
  // The name-key GIN index is built once after the rows are in (as after a large import): maintaining it row by
  // row made seeding 1M subjects take 11 minutes.
  await sql`drop index subjects_name_keys`.execute(db)
  // Older than anything imported: subject g was created g seconds before 2026-01-01. Names are encrypted for
  // each subject as the application does, so a search that checks its candidates decrypts real names.
  for (let start = from; start < to; start += 10_000) {
    const gs = Array.from({ length: Math.min(10_000, to - start) }, (_, i) => start + i)
    await sql`
      insert into subjects
        (id, organization_id, display_name_encrypted, name_keys, preferred_language, created_at, updated_at)
      select md5('s' || g)::uuid, ${org.id}::uuid, name, keys::bigint[], 'nl', at, at
      from unnest(
        ${gs}::int[],
        ${gs.map((g) => sealSubjectName(ctx.encryption, seededId(g), pairName(g % PAIRS)).encrypted)}::text[],
        ${gs.map((g) => pairKeys[g % PAIRS] ?? '{}')}::text[]
      ) as t(g, name, keys), lateral (select timestamptz '2026-01-01' - g * interval '1 second' as at) a
    `.execute(db)
  }
  await sql`
    insert into subject_identities (organization_id, subject_id, kind, system_key, value_encrypted, value_masked, lookup_key)
    select ${org.id}::uuid, md5('s' || g)::uuid, 'email', '', 'seed', 's•••@example.be', md5('e' || g)
    from generate_series(${from}::int, ${to - 1}::int) g
    union all
    select ${org.id}::uuid, md5('s' || g)::uuid, 'customer_number', 'crm', 'seed', 'C•••', md5('c' || g)
    from generate_series(${from}::int, ${to - 1}::int) g where g % 5 = 0
  `.execute(db)
  await sql`create index subjects_name_keys on subjects using gin (name_keys)`.execute(db)
  await sql`vacuum analyze subjects, subject_identities`.execute(db)
  return ms(t0)
}

// 1,000 real subjects through the CSV import (newest of all).
const IMPORTED = 1000
const realEmail = (i: number) => `real${i}@example.be`
const realName = (i: number) => `${firsts[i % firsts.length]} ${lasts[(i * 7) % lasts.length]}`
{
  const rows = [['name', 'email', 'phone', 'customer_number', 'customer_system']]
  for (let i = 0; i < IMPORTED; i++) {
    rows.push([realName(i), realEmail(i), `+32470${String(100000 + i)}`, `C-${i}`, 'crm'])
  }
  const body = csvRecords(rows, { delimiter: ',', escapeFormulas: false })
  const t0 = process.hrtime.bigint()
  const res = await env.app.inject({
    method: 'POST',
    url: `${url}/import`,
    headers: { cookie: env.cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
    payload: body,
  })
  if (res.statusCode !== 200 || res.json().imported !== IMPORTED) throw new Error(res.body)
  console.log(
    `import of ${IMPORTED} rows into an empty index: ${Math.round(IMPORTED / (ms(t0) / 1000))} rows/s`,
  )
}

const stats = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b)
  return { p50: percentile(s, 50), p99: percentile(s, 99) }
}
const f = (n: number) => n.toFixed(2)
const rows: string[] = []
let seeded = 0
for (const size of SIZES) {
  const seedMs = await seed(seeded, size - IMPORTED)
  seeded = size - IMPORTED
  const count = Number((await sql<{ n: string }>`select count(*) as n from subjects`.execute(db)).rows[0]?.n)
  const keys = Number(
    (await sql<{ n: string }>`select sum(cardinality(name_keys))::text as n from subjects`.execute(db))
      .rows[0]?.n,
  )
  process.stderr.write(`size ${count}: seeded in ${(seedMs / 1000).toFixed(0)} s, ${keys} name keys\n`)

  const emailKey = (i: number) => ctx.encryption.blindIndex(realEmail(i), identityLookupPurpose('email', ''))
  const rawIdentity = (i: number) =>
    sql`select s.* from subject_identities i join subjects s on s.id = i.subject_id
        where i.organization_id = ${org.id} and i.lookup_key = ${emailKey(i)} and s.organization_id = ${org.id}`.execute(
      db,
    )
  // The raw query of the key a search reads: the newest 50 subjects holding it (for a search longer than its key,
  // the key of its longest stored prefix - the application then checks the candidates' names).
  const rawName = (prefix: string) =>
    sql`select s.* from subjects s where s.organization_id = ${org.id}
          and s.name_keys @> array[${nameKeyOf(ctx.encryption, org.id, nameLookup(prefix).keyed)}]::bigint[]
        order by s.created_at desc, s.id desc limit 50`.execute(db)
  const cases: {
    name: string
    api: (i: number) => Promise<unknown>
    raw: (i: number) => Promise<unknown>
  }[] = [
    {
      name: 'identity (e-mail), service',
      api: (i) => listSubjectsPage(ctx, org, { q: realEmail(i % IMPORTED), limit: 50, offset: 0 }),
      raw: (i) => rawIdentity(i % IMPORTED),
    },
    {
      name: 'identity (e-mail), API',
      api: (i) => get(`${url}?q=${encodeURIComponent(realEmail(i % IMPORTED))}`),
      raw: (i) => rawIdentity(i % IMPORTED),
    },
    ...['j', 'mer', 'sofie goossens'].map((prefix) => ({
      name: `name "${prefix}", API`,
      api: () => get(`${url}?q=${encodeURIComponent(prefix)}&limit=50`),
      raw: () => rawName(prefix),
    })),
    {
      name: 'first page, no search, API',
      api: () => get(`${url}?limit=50`),
      raw: () =>
        sql`select * from subjects where organization_id = ${org.id} order by created_at desc, id desc limit 50`.execute(
          db,
        ),
    },
  ]
  for (const c of cases) {
    await c.api(0)
    await c.raw(0)
    const api: number[] = []
    const raw: number[] = []
    for (let i = 0; i < REPEATS; i++) {
      api.push(await time(() => c.api(i)))
      raw.push(await time(() => c.raw(i)))
    }
    const a = stats(api)
    const r = stats(raw)
    rows.push(
      `| ${count.toLocaleString('en')} | ${c.name} | ${f(a.p50)} | ${f(a.p99)} | ${f(r.p50)} | ${f(r.p99)} | ${f(a.p50 / r.p50)} | ${f(a.p99 / r.p99)} |`,
    )
    process.stderr.write(`${rows.at(-1)}\n`)
  }
}
console.log('| subjects | case | p50 ms | p99 ms | baseline p50 | baseline p99 | ratio p50 | ratio p99 |')
console.log('|---|---|---|---|---|---|---|---|')
console.log(rows.join('\n'))
console.log(
  `rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; load ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
if (process.env.CUSTOS_BENCH_KEEP) {
  // Left in place for EXPLAIN: the database, the organisation and the keys the searches read.
  const name = (await sql<{ n: string }>`select current_database() as n`.execute(db)).rows[0]?.n
  const keys = ['j', 'mer', 'sofie goossens'].map(
    (p) => `${p}=${nameKeyOf(ctx.encryption, org.id, nameLookup(p).keyed)}`,
  )
  console.log(`kept database ${name}, organisation ${org.id}, keys ${keys.join(' ')}`)
  process.exit(0)
}
await env.close()
