/**
 * Requests list and report at 10,000 and 100,000 requests on PostgreSQL (issue 14, target 1): the API page
 * (app.inject, full pipeline) against the best hand-written SQL for the same page (the same ordered, limited
 * select and its count on the stored deadlines), interleaved, median of the repeats; and the report against one
 * aggregate query. Requests are copies of one real request spread over 120 days of receipts, with their stored
 * deadlines left empty, so the first list also measures computing them (the migration's backfill).
 *
 *   npx tsx bench/requests-list.ts [repeats]
 */
import { sql } from 'kysely'
import { openEnvironment } from './context'

const REPEATS = Number(process.argv[2] ?? 15)
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number

async function time(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

for (const size of [10_000, 100_000]) {
  const env = await openEnvironment('postgres')
  const { ctx, org } = env
  const url = `/api/v1/orgs/${org.slug}/requests`
  const get = async (path: string) => {
    const res = await env.app.inject({ method: 'GET', url: path, headers: { cookie: env.cookie } })
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
    return res
  }
  const me = await get('/api/v1/me')
  const created = await env.app.inject({
    method: 'POST',
    url,
    headers: { cookie: env.cookie, 'x-csrf-token': me.json().csrfToken },
    payload: {
      channel: 'email',
      receivedAt: '2026-01-05',
      types: ['access'],
      language: 'nl',
      subject: { name: 'X' },
    },
  })
  if (created.statusCode !== 201) throw new Error(created.body)
  await sql`
    insert into requests (id, organization_id, reference, status, types, channel, language, received_at, due_date,
      state, created_at, updated_at)
    select gen_random_uuid(), organization_id, 'BENCH-' || lpad(i::text, 7, '0'), status,
      case when i % 3 = 0 then '["access","erasure"]'::jsonb else types end, channel, language, at, due_date,
      state || jsonb_build_object('reference', 'BENCH-' || lpad(i::text, 7, '0'),
        'receivedAt', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), now(), now()
    from requests r, generate_series(1, ${size - 1}) i,
      lateral (select now() - make_interval(days => i % 120, mins => i % 1440) as at) a
    where r.organization_id = ${org.id}`.execute(ctx.db)
  await sql`update requests set state = state || jsonb_build_object('id', id) where organization_id = ${org.id}`.execute(
    ctx.db,
  )
  await sql`vacuum analyze requests`.execute(ctx.db)
  const backfill = await time(() => get(`${url}?limit=50`))
  // The steady state of a running system: autovacuum analyses the table after the backfill changed every row.
  await sql`analyze requests`.execute(ctx.db)

  const page = (filter: string) => sql`
    select * from requests where organization_id = ${org.id} ${sql.raw(filter)}
    order by urgency, current_due_date, received_at, reference limit 50 offset 0`
  const count = (filter: string) =>
    sql`select count(*) from requests where organization_id = ${org.id} ${sql.raw(filter)}`
  const today = new Date().toISOString().slice(0, 10)
  const cases: [string, string, string][] = [
    ['open, first page', `${url}?open=true&limit=50`, `and status in ('received','in_progress','extended')`],
    [
      'at risk',
      `${url}?state=at_risk&limit=50`,
      `and urgency = 0 and current_due_date >= '${today}' and at_risk_from <= '${today}'`,
    ],
    ['all, type erasure', `${url}?type=erasure&limit=50`, `and types @> '["erasure"]'`],
  ]
  const rows: string[] = []
  for (const [name, path, filter] of cases) {
    const api: number[] = []
    const raw: number[] = []
    for (let i = 0; i < REPEATS; i++) {
      api.push(await time(() => get(path)))
      raw.push(await time(() => Promise.all([page(filter).execute(ctx.db), count(filter).execute(ctx.db)])))
    }
    rows.push(
      `| ${size} | ${name} | ${median(api).toFixed(1)} | ${median(raw).toFixed(1)} | ${(median(api) / median(raw)).toFixed(2)} |`,
    )
  }
  const report = `${url}/report?from=2025-06-01&to=2026-12-31`
  const reportSql = sql`
    select t.type, count(*), count(days_to_answer), percentile_cont(0.5) within group (order by days_to_answer),
      percentile_disc(0.95) within group (order by days_to_answer),
      count(*) filter (where urgency = 0 and current_due_date < current_date)
    from requests r cross join lateral (select null::text as type union all select jsonb_array_elements_text(r.types)) t
    where organization_id = ${org.id} and received_on between '2025-06-01' and '2026-12-31' group by t.type`
  const api: number[] = []
  const raw: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    api.push(await time(() => get(report)))
    raw.push(await time(() => reportSql.execute(ctx.db)))
  }
  rows.push(
    `| ${size} | report (JSON) | ${median(api).toFixed(1)} | ${median(raw).toFixed(1)} | ${(median(api) / median(raw)).toFixed(2)} |`,
  )
  console.log(
    `size ${size}: first list (computes the stored deadlines of every row) ${backfill.toFixed(0)} ms; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  )
  console.log('| requests | page | API ms | SQL ms | ratio |')
  console.log(rows.join('\n'))
  await env.close()
}
