/**
 * Consent events through the HTTP API (issue 17): durable consent records per second with 50 concurrent clients,
 * each request a new person (autocannon's [<id>] replacement), through the real application with an API token,
 * autocannon in its own process; then the status lookup by identity at many subjects (service call and HTTP).
 *   npx tsx bench/consent.ts [--seconds=10] [--connections=50] [--subjects=1000000] [--backend=postgres|embedded]
 *     [--events-only]   (the HTTP scenario alone, for old/new comparisons)
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { sql } from 'kysely'
import { systemActor } from '../server/src/audit/actor'
import { registerDocumentSchema } from '../server/src/domain/register/schema'
import { identityLookupPurpose } from '../server/src/domain/subjects/identity'
import { createApiToken } from '../server/src/modules/api-tokens'
import { consentStatus, recordConsent } from '../server/src/modules/consent'
import { importRegister } from '../server/src/modules/register/import'
import { sampleRegister } from '../server/test/support/register'
import { runConsentLoad } from './consent-load-child'
import { openEnvironment } from './context'
import { backendCpu, backendCpuBetween, processCpuSeconds } from './pg-cpu'

const args = process.argv.slice(2)
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const SECONDS = option('seconds', 10)
const CONNECTIONS = option('connections', 50)
const SUBJECTS = option('subjects', 1_000_000)
const backend = (args.find((a) => a.startsWith('--backend='))?.slice(10) ?? 'postgres') as
  | 'postgres'
  | 'embedded'
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

interface Cannon {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; average: number }
  non2xx: number
  errors: number
  '2xx': number
}

/** POSTs consent events from its own process, a new person per request (bench/consent-load.ts). */
function loadEvents(url: string, seconds: number, connections: number, token: string, template: string) {
  return runConsentLoad<Cannon>(url, seconds, connections, token, template)
}

function cannon(
  url: string,
  seconds: number,
  connections: number,
  body: string,
  headers: Record<string, string>,
) {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`])
  return new Promise<Cannon>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        autocannonBin,
        '-c',
        String(connections),
        '-d',
        String(seconds),
        '-j',
        '-m',
        'POST',
        '-I',
        '-b',
        body,
        ...headerArgs,
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.on('error', reject)
    child.on('close', () => {
      try {
        if (process.env.BENCH_DEBUG) process.stderr.write(`${out.slice(0, 1500)}\n`)
        resolve(JSON.parse(out) as Cannon)
      } catch (error) {
        reject(error)
      }
    })
  })
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN

async function main() {
  const env = await openEnvironment(backend)
  try {
    const register = sampleRegister()
    register.activities?.push({
      key: 'newsletter',
      name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
      purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active',
    })
    await importRegister(env.ctx, systemActor('bench'), env.org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
    const { secret } = await createApiToken(env.ctx, systemActor('bench'), env.org, 'owner', {
      name: 'bench',
      scopes: ['consent:read', 'consent:write'],
    })
    await env.app.listen({ port: 0, host: '127.0.0.1' })
    const address = env.app.server.address()
    if (!address || typeof address === 'string') throw new Error('no address')
    const url = `http://127.0.0.1:${address.port}/api/v1/orgs/${env.org.slug}/consent/events`
    const body = JSON.stringify({
      identity: { kind: 'email', value: 'person-[<id>]@example.be' },
      purpose: 'direct_marketing',
      state: 'given',
      text: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
      source: 'webshop',
      ip: '203.0.113.57',
      userAgent: 'Mozilla/5.0 (bench)',
    })
    const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }
    process.stderr.write(`consent bench on ${backend} ${JSON.stringify(env.server)}\n`)
    const probe = await fetch(url, { method: 'POST', headers, body: body.replace('[<id>]', 'probe') })
    process.stderr.write(`probe: ${probe.status} ${(await probe.text()).slice(0, 300)}\n`)
    await loadEvents(url, 2, CONNECTIONS, secret, body) // warm-up
    const before = Number(
      (await sql<{ n: string }>`select count(*) as n from consent_events`.execute(env.ctx.db)).rows[0]?.n,
    )
    const started = Date.now()
    const cpu = process.cpuUsage()
    const pgCpu = await backendCpu(env.ctx.db as never)
    const run = await loadEvents(url, SECONDS, CONNECTIONS, secret, body)
    const serverCpu = processCpuSeconds(cpu)
    const databaseCpu = backendCpuBetween(pgCpu, await backendCpu(env.ctx.db as never))
    const elapsed = (Date.now() - started) / 1000
    const after = Number(
      (await sql<{ n: string }>`select count(*) as n from consent_events`.execute(env.ctx.db)).rows[0]?.n,
    )
    const chain = await env.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${env.org.slug}/consent/chain`,
      headers: { authorization: `Bearer ${secret}` },
    })
    console.log(
      JSON.stringify({
        scenario: 'record consent events, HTTP API',
        backend,
        connections: CONNECTIONS,
        seconds: SECONDS,
        requestsPerSecond: Math.round(run.requests.average),
        durableRowsPerSecond: Math.round((after - before) / elapsed),
        latencyMs: { p50: run.latency.p50, p99: run.latency.p99 },
        non2xx: run.non2xx,
        errors: run.errors,
        chain: { ok: chain.json().ok, checked: chain.json().checked },
        // CPU per durable event: this process (the server) and the PostgreSQL backends of its database.
        cpuPerEventMs: {
          server: Number(((serverCpu * 1000) / Math.max(1, after - before)).toFixed(3)),
          database: Number(((databaseCpu * 1000) / Math.max(1, after - before)).toFixed(3)),
        },
        loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
      }),
    )

    if (args.includes('--events-only')) return
    // The log alone, without HTTP: 50 concurrent callers of recordConsent in this process.
    {
      const inProcessBefore = Number(
        (await sql<{ n: string }>`select count(*) as n from consent_events`.execute(env.ctx.db)).rows[0]?.n,
      )
      const until = Date.now() + SECONDS * 1000
      const t0 = Date.now()
      let k = 0
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (Date.now() < until) {
            k += 1
            await recordConsent(env.ctx, {
              organizationId: env.org.id,
              person: { identity: { kind: 'email', value: `inproc-${k}@example.be` } },
              purpose: 'direct_marketing',
              state: 'given',
              text: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
              language: 'nl',
              channel: 'web_form',
              method: 'accept',
              ip: '203.0.113.57',
              recordedBy: systemActor('bench'),
            })
          }
        }),
      )
      const inProcessAfter = Number(
        (await sql<{ n: string }>`select count(*) as n from consent_events`.execute(env.ctx.db)).rows[0]?.n,
      )
      console.log(
        JSON.stringify({
          scenario: 'record consent events, in process (no HTTP)',
          backend,
          callers: CONNECTIONS,
          durableRowsPerSecond: Math.round((inProcessAfter - inProcessBefore) / ((Date.now() - t0) / 1000)),
        }),
      )
    }

    // Status lookups at SUBJECTS persons: random keys seeded in SQL, plus 10,000 real identities looked up.
    process.stderr.write(`seeding ${SUBJECTS} status rows\n`)
    const seedStarted = Date.now()
    await sql`
      insert into consent_status (organization_id, subject_key, purpose, state, identity_kind, identity_masked,
        occurred_at, expires_at, text_hash, event_id)
      select ${env.org.id}::uuid, md5(g::text || 'seed'), 'direct_marketing', 'given', 'email', 'x•••@example.be',
        now(), null, null, gen_random_uuid()
      from generate_series(1, ${SUBJECTS}) g
      on conflict do nothing
    `.execute(env.ctx.db)
    const purpose = identityLookupPurpose('email', '')
    const real = Array.from({ length: 10_000 }, (_, i) => `lookup-${i}@example.be`)
    for (let i = 0; i < real.length; i += 1000) {
      const chunk = real.slice(i, i + 1000)
      await env.ctx.db
        .insertInto('consent_status')
        .values(
          chunk.map((email) => ({
            organization_id: env.org.id,
            subject_key: env.ctx.encryption.blindIndex(email, purpose),
            purpose: 'direct_marketing',
            state: 'given',
            identity_kind: 'email',
            identity_masked: 'l•••@example.be',
            occurred_at: new Date(),
            expires_at: null,
            text_hash: null,
            event_id: crypto.randomUUID(),
          })),
        )
        .execute()
    }
    await sql`analyze consent_status`.execute(env.ctx.db)
    const seeded = Number(
      (await sql<{ n: string }>`select count(*) as n from consent_status`.execute(env.ctx.db)).rows[0]?.n,
    )
    process.stderr.write(`seeded ${seeded} rows in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s\n`)
    const times: number[] = []
    for (let i = 0; i < 3000; i += 1) {
      const email = real[Math.floor(Math.random() * real.length)] as string
      const t0 = process.hrtime.bigint()
      const view = await consentStatus(env.ctx, {
        organizationId: env.org.id,
        identity: { kind: 'email', value: email },
      })
      const t1 = process.hrtime.bigint()
      if (view.purposes.length !== 1) throw new Error('lookup missed')
      if (i >= 200) times.push(Number(t1 - t0) / 1e6)
    }
    times.sort((a, b) => a - b)
    const statusUrl = url.replace('/events', '/status')
    const http = await cannon(
      statusUrl,
      Math.max(3, Math.floor(SECONDS / 2)),
      10,
      JSON.stringify({ identity: { kind: 'email', value: 'lookup-1@example.be' } }),
      headers,
    )
    console.log(
      JSON.stringify({
        scenario: 'consent status lookup by identity',
        backend,
        statusRows: seeded,
        serviceMs: { p50: percentile(times, 0.5), p99: percentile(times, 0.99), n: times.length },
        httpC10: {
          requestsPerSecond: Math.round(http.requests.average),
          p50: http.latency.p50,
          p99: http.latency.p99,
        },
      }),
    )
  } finally {
    await env.close()
  }
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
