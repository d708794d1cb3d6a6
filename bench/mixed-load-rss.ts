/**
 * Memory of the embedded server under a bounded mixed load (issue 14, target 5: idle RSS <= 450 MB after 10 minutes
 * of mixed load). Starts the compiled server (`server/dist`, `custos start`) on a new data directory, completes the
 * first-run set-up through the API, builds the Liberoo sample organisation and publishes its notice, then runs CLIENTS clients one request
 * at a time each for SECONDS seconds, cycling through: the requests list, the subject list, a subject name search,
 * the requests report, the audit log, the public privacy notice and request form, and every 8th step a request
 * logged by staff (intake). VmRSS, CPU and the load average are printed every 30 s as JSON lines; at the end RSS
 * after the load and after IDLE seconds idle.
 *
 *   npm run build && npx tsx bench/mixed-load-rss.ts [seconds=600] [clients=4] [idle=30]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const [SECONDS = 600, CLIENTS = 4, IDLE = 30] = process.argv.slice(2).map(Number)
const ROOT = join(import.meta.dirname, '..')
const PORT = 18_900 + (process.pid % 90)
const BASE = `http://127.0.0.1:${PORT}`
const OWNER = { email: 'owner@bench.example', password: 'bench-owner-Pw-2026-x' }

function usage(pid: number) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return { rssMB: Math.round(rss), cpuMs: (Number(stat[11]) + Number(stat[12])) * 10 }
}
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

let csrf = ''

async function call(method: string, path: string, cookie: string, body?: unknown) {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      cookie,
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
      'accept-encoding': 'br, gzip',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  return { status: res.status, text, setCookie: res.headers.getSetCookie() }
}

async function signIn(): Promise<string> {
  const res = await call('POST', '/api/v1/auth/login', '', OWNER)
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`)
  return res.setCookie.map((c) => c.split(';')[0]).join('; ')
}

async function setUp(dataDir: string): Promise<{ cookie: string; slug: string }> {
  const setupCode = readFileSync(join(dataDir, 'setup-code'), 'utf8').trim()
  const setup = await call('POST', '/api/v1/setup', '', {
    setupCode,
    account: { displayName: 'Bench owner', ...OWNER, language: 'nl' },
    organization: {
      slug: 'bench',
      name: 'Bench BV',
      legalName: 'Bench BV',
      legalForm: 'bv',
      enterpriseNumber: '0403019261',
      street: 'Wetstraat 1',
      postalCode: '1000',
      city: 'Brussel',
      country: 'BE',
      languages: ['nl', 'fr', 'en'],
      defaultLanguage: 'nl',
      privacyContactName: 'Privacy team',
      privacyContactEmail: 'privacy@bench.example',
      dpoAppointed: false,
    },
  })
  if (setup.status !== 201) throw new Error(`set-up failed: ${setup.status} ${setup.text}`)
  const cookie = await signIn()
  csrf = JSON.parse((await call('GET', '/api/v1/me', cookie)).text).csrfToken as string
  const sample = await call('POST', '/api/v1/samples', cookie, { example: 'liberoo', language: 'nl' })
  if (sample.status !== 201) throw new Error(`sample failed: ${sample.status} ${sample.text}`)
  const slug = JSON.parse(sample.text).slug as string
  // The sample has no published notice: publish one, so the public notice step serves the page, not a 404.
  const published = await call('POST', `/api/v1/orgs/${slug}/notice/versions`, cookie, { material: false })
  if (published.status !== 201)
    throw new Error(`publishing the notice failed: ${published.status} ${published.text}`)
  return { cookie, slug }
}

const dataDir = mkdtempSync(join(tmpdir(), 'custos-bench-rss-'))
// The compiled server itself (as bench/startup-dist.mjs), never the sources through tsx.
const argv = JSON.stringify(['node', 'custos', 'start', '--port', String(PORT), '--data-dir', dataDir])
const main = JSON.stringify(join(ROOT, 'server/dist/main.js'))
const child = spawn(
  process.execPath,
  [
    '-e',
    `import(${main}).then(async (m) => { const c = await m.main(${argv}); if (c !== 0) process.exit(c) })`,
  ],
  { env: { ...process.env, CUSTOS_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
)
const pid = child.pid as number
try {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`)
    const ok = await fetch(`${BASE}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await sleep(100)
  }
  const { cookie, slug } = await setUp(dataDir)
  const org = `/api/v1/orgs/${slug}`
  const notice = await call('GET', `/p/${slug}/privacy`, '')
  if (notice.status !== 200) throw new Error(`the public notice answered ${notice.status}, not 200`)
  const steps: [string, string, () => unknown][] = [
    ['GET', `${org}/requests`, () => undefined],
    ['GET', `${org}/subjects`, () => undefined],
    ['GET', `${org}/subjects?q=peeters`, () => undefined],
    ['GET', `${org}/requests/report`, () => undefined],
    ['GET', `${org}/audit-events?limit=50`, () => undefined],
    ['GET', `/p/${slug}/privacy`, () => undefined],
    ['GET', `/p/${slug}/request`, () => undefined],
    [
      'POST',
      `${org}/requests`,
      () => ({
        channel: 'email',
        receivedAt: new Date().toISOString(),
        subject: { name: 'Bench Person', email: `person${Math.floor(Math.random() * 1e9)}@bench.example` },
        types: ['access'],
        language: 'nl',
      }),
    ],
  ]
  const start = usage(pid)
  console.log(JSON.stringify({ phase: 'after set-up', notice: notice.status, ...start, load: loadAverage() }))
  const t0 = performance.now()
  const until = t0 + SECONDS * 1000
  let done = 0
  const statuses = new Map<number, number>()
  let peak = start.rssMB
  const sampler = setInterval(() => {
    const u = usage(pid)
    peak = Math.max(peak, u.rssMB)
    const s = Math.round((performance.now() - t0) / 1000)
    console.log(JSON.stringify({ s, requests: done, ...u, load: loadAverage() }))
  }, 30_000)
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = client; performance.now() < until; i++) {
        const [method, path, body] = steps[i % steps.length] as (typeof steps)[number]
        const res = await call(method, path, cookie, body())
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        done++
      }
    }),
  )
  clearInterval(sampler)
  const after = usage(pid)
  await sleep(IDLE * 1000)
  const idle = usage(pid)
  console.log(
    JSON.stringify({
      seconds: SECONDS,
      clients: CLIENTS,
      requests: done,
      perSecond: Math.round(done / SECONDS),
      statuses: Object.fromEntries(statuses),
      rssStartMB: start.rssMB,
      rssPeakMB: Math.max(peak, after.rssMB),
      rssAfterMB: after.rssMB,
      rssIdleMB: idle.rssMB,
      idleSeconds: IDLE,
      load: loadAverage(),
    }),
  )
} finally {
  child.kill('SIGTERM')
  await new Promise((r) => child.once('exit', r))
  rmSync(dataDir, { recursive: true, force: true })
}
