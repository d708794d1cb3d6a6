/**
 * The public notice page and consent ingestion (POST /consent/events with an API token, a new person per request,
 * bench/consent-load.ts) through nginx with 1 and with 2 web processes (`custos start --services web`, real
 * processes on one PostgreSQL database), measured alternately by autocannon in its own process (issue 22).
 * On a 2-core machine the point is no regression and correctness, not linear scaling.
 *   npx tsx bench/scale-out.ts [--seconds=5] [--rounds=3] [--connections=20]
 */

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemActor } from '../server/src/audit/actor'
import { loadConfig } from '../server/src/config'
import { registerDocumentSchema } from '../server/src/domain/register/schema'
import { createApiToken } from '../server/src/modules/api-tokens'
import { publishNotice } from '../server/src/modules/notices/service'
import { toOrganization } from '../server/src/modules/organizations'
import { importRegister } from '../server/src/modules/register/import'
import { openRuntime } from '../server/src/runtime'
import { createEmptyPostgresDatabase } from '../server/test/support/database'
import { createOrg } from '../server/test/support/factories'
import {
  freePort,
  type Started,
  startCustos,
  startNginx,
  waitUntilReady,
} from '../server/test/support/processes'
import { sampleRegister } from '../server/test/support/register'
import { runConsentLoad } from './consent-load-child'
import { loadFor } from './load'

/** Consent events per second answered 201 through `url` (autocannon in its own process, bench/consent-load.ts). */
async function consentLoad(
  url: string,
  seconds: number,
  connections: number,
  token: string,
  template: string,
) {
  const r = await runConsentLoad<{ '2xx': number; non2xx: number; errors: number }>(
    url,
    seconds,
    connections,
    token,
    template,
  )
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`consent load: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return r['2xx'] / seconds
}

const args = process.argv.slice(2)
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback)
const SECONDS = option('seconds', 5)
const ROUNDS = option('rounds', 3)
const CONNECTIONS = option('connections', 20)

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const store = await createEmptyPostgresDatabase()
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-'))
const env = {
  ...process.env,
  DATABASE_URL: store.url,
  CUSTOS_SECRET_KEY: randomBytes(32).toString('base64'),
  CUSTOS_TRUST_PROXY: 'true',
  CUSTOS_DEMO: 'false',
  CUSTOS_LOG_LEVEL: 'warn',
  CUSTOS_DATA_DIR: dir,
}
const webs: Started[] = []
const stops: (() => Promise<void>)[] = []
try {
  const runtime = await openRuntime(loadConfig(env, {}))
  let slug: string
  let token: string
  try {
    const created = await createOrg(runtime.ctx, 'Bench BV')
    slug = created.slug
    await importRegister(
      runtime.ctx,
      systemActor('bench'),
      created,
      registerDocumentSchema.parse({
        ...sampleRegister(),
        activities: [
          ...(sampleRegister().activities ?? []),
          {
            key: 'newsletter',
            name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
            purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
            subjectCategories: ['clients'],
            dataCategories: [{ category: 'identification', source: 'subject' }],
            systems: ['cloudbooks-app'],
            retention: [{ rule: 'accounting-7y' }],
            measures: ['mfa'],
            status: 'active',
          },
        ],
      }),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    const org = toOrganization(
      await runtime.ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow(),
    )
    await publishNotice(runtime.ctx, systemActor('bench'), org, { material: false })
    token = (
      await createApiToken(runtime.ctx, systemActor('bench'), org, 'owner', {
        name: 'bench',
        scopes: ['consent:read', 'consent:write'],
      })
    ).secret
  } finally {
    await runtime.close()
  }
  const ports = [await freePort(), await freePort()]
  for (const [i, port] of ports.entries()) {
    const web = startCustos(`web-${i + 1}`, 'web', env, port)
    webs.push(web)
    await waitUntilReady(web, `http://127.0.0.1:${port}/readyz`)
  }
  const one = await startNginx([ports[0] as number])
  const two = await startNginx(ports)
  stops.push(one.stop, two.stop)
  const path = `/p/${slug}/privacy?lang=nl`
  const urls = { one: `http://127.0.0.1:${one.port}${path}`, two: `http://127.0.0.1:${two.port}${path}` }
  await loadFor(urls.one, 2, {}, CONNECTIONS)
  await loadFor(urls.two, 2, {}, CONNECTIONS)
  const results = { one: [] as number[], two: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['one', 'two'] as const) : (['two', 'one'] as const)
    for (const key of order) results[key].push(await loadFor(urls[key], SECONDS, {}, CONNECTIONS))
    process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`)
  }
  console.log(`public notice page through nginx, ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS}`)
  for (const key of ['one', 'two'] as const)
    console.log(
      `  ${key === 'one' ? '1 web process ' : '2 web processes'}  ${median(results[key]).toFixed(0).padStart(6)} req/s   (${results[key].map((v) => v.toFixed(0)).join(', ')})`,
    )

  // Consent ingestion: a new person per request, the text inline, through the same two proxies.
  const events = `/api/v1/orgs/${slug}/consent/events`
  const template = JSON.stringify({
    identity: { kind: 'email', value: 'person-[<id>]@example.be' },
    purpose: 'direct_marketing',
    state: 'given',
    text: 'Ja, stuur mij de nieuwsbrief met aanbiedingen (maximaal 2 per maand).',
    language: 'nl',
    channel: 'web_form',
    method: 'accept',
    source: 'webshop',
  })
  const consentUrls = {
    one: `http://127.0.0.1:${one.port}${events}`,
    two: `http://127.0.0.1:${two.port}${events}`,
  }
  await consentLoad(consentUrls.one, 2, CONNECTIONS, token, template)
  const consent = { one: [] as number[], two: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['one', 'two'] as const) : (['two', 'one'] as const)
    for (const key of order)
      consent[key].push(await consentLoad(consentUrls[key], SECONDS, CONNECTIONS, token, template))
    process.stderr.write(`consent round ${round + 1}/${ROUNDS} done\n`)
  }
  console.log(
    `consent events (POST, 201) through nginx, ${CONNECTIONS} connections, ${SECONDS} s x ${ROUNDS}`,
  )
  for (const key of ['one', 'two'] as const)
    console.log(
      `  ${key === 'one' ? '1 web process ' : '2 web processes'}  ${median(consent[key]).toFixed(0).padStart(6)} events/s   (${consent[key].map((v) => v.toFixed(0)).join(', ')})`,
    )
} finally {
  for (const stop of stops) await stop()
  for (const web of webs) web.child.kill('SIGTERM')
  await Promise.all(webs.map((w) => w.exited))
  await store.drop()
  rmSync(dir, { recursive: true, force: true })
}
