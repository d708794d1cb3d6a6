/**
 * The public privacy notice under load (issue 14 target 3): the real application, cached page, against a bare
 * Fastify route serving the same bytes with the same content type, measured alternately in the same run by
 * autocannon in its own process (so the load generator does not share the server's event loop).
 *   npx tsx bench/public-pages.ts [--seconds=5] [--rounds=3] [--connections=10] [--backend=postgres|embedded]
 */
import Fastify from 'fastify'
import { systemActor } from '../server/src/audit/actor'
import { registerDocumentSchema } from '../server/src/domain/register/schema'
import { publishNotice } from '../server/src/modules/notices/service'
import { toOrganization } from '../server/src/modules/organizations'
import { importRegister } from '../server/src/modules/register/import'
import { sampleRegister } from '../server/test/support/register'
import { openEnvironment } from './context'
import { loadFor } from './load'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const SECONDS = option('seconds', 5)
const ROUNDS = option('rounds', 3)
const CONNECTIONS = option('connections', 10)
const only = args.find((a) => a.startsWith('--backend='))?.slice('--backend='.length)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function measure(backend: 'postgres' | 'embedded') {
  const env = await openEnvironment(backend)
  const bare = Fastify()
  try {
    await importRegister(
      env.ctx,
      systemActor('bench'),
      env.org,
      registerDocumentSchema.parse(sampleRegister()),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    const org = toOrganization(
      await env.ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', env.org.id)
        .executeTakeFirstOrThrow(),
    )
    await publishNotice(env.ctx, systemActor('bench'), org, { material: false })
    await env.app.listen({ port: 0, host: '127.0.0.1' })
    const address = env.app.server.address()
    if (!address || typeof address === 'string') throw new Error('no address')
    const path = `/p/${env.org.slug}/privacy?lang=nl`
    const custos = `http://127.0.0.1:${address.port}${path}`
    const sample = await fetch(custos, { headers: { 'accept-encoding': 'identity' } })
    if (sample.status !== 200) throw new Error(`${custos}: ${sample.status} ${await sample.text()}`)
    const bytes = Buffer.from(await sample.arrayBuffer())
    const type = sample.headers.get('content-type') ?? 'text/html'
    bare.get(`/p/${env.org.slug}/privacy`, async (_request, reply) => reply.type(type).send(bytes))
    await bare.listen({ port: 0, host: '127.0.0.1' })
    const bareAddress = bare.server.address()
    if (!bareAddress || typeof bareAddress === 'string') throw new Error('no address')
    const baseline = `http://127.0.0.1:${bareAddress.port}${path}`

    await loadFor(custos, 1)
    await loadFor(baseline, 1)
    const rows: { label: string; custos: number[]; bare: number[] }[] = [
      { label: 'identity', custos: [], bare: [] },
      { label: 'br (custos) / identity (bare)', custos: [], bare: [] },
    ]
    for (let round = 0; round < ROUNDS; round++) {
      const first = round % 2 === 0
      const pair = async (row: (typeof rows)[number], headers: Record<string, string>) => {
        if (first) row.bare.push(await loadFor(baseline, SECONDS, {}, CONNECTIONS))
        row.custos.push(await loadFor(custos, SECONDS, headers, CONNECTIONS))
        if (!first) row.bare.push(await loadFor(baseline, SECONDS, {}, CONNECTIONS))
      }
      await pair(rows[0] as (typeof rows)[number], {})
      await pair(rows[1] as (typeof rows)[number], { 'accept-encoding': 'br' })
      process.stderr.write(`${backend}: round ${round + 1}/${ROUNDS} done\n`)
    }
    console.log(
      `\n${backend}: public notice page (${bytes.length} bytes), ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS}`,
    )
    for (const row of rows) {
      const c = median(row.custos)
      const b = median(row.bare)
      // Each pair ran back to back: the median of the pairs' ratios is steadier than the ratio of medians on a
      // machine whose load changes from one pair to the next.
      const ratios = row.custos.map((value, i) => value / (row.bare[i] ?? Number.NaN))
      console.log(
        `  ${row.label.padEnd(30)} custos ${c.toFixed(0).padStart(6)} req/s   bare ${b.toFixed(0).padStart(6)} req/s   ratio of medians ${(c / b).toFixed(2)}   median of pair ratios ${median(ratios).toFixed(2)}   (custos ${row.custos.map((v) => v.toFixed(0)).join(', ')}; bare ${row.bare.map((v) => v.toFixed(0)).join(', ')})`,
      )
    }
  } finally {
    await bare.close()
    await env.close()
  }
}

for (const backend of (['postgres', 'embedded'] as const).filter((b) => !only || b === only))
  await measure(backend)
