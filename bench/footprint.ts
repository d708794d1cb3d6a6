/**
 * Start-up, memory, CLI start, web bundle and first paint (issue 14, targets 4-6), each next to a baseline measured
 * in the same run, rounds interleaved (baseline, then the measured processes, then again).
 *   npm run bench -- --scenario=footprint                     everything below
 *   npm run bench -- --scenario=footprint --only=cli,bundle   some parts: cli, startup, bundle, paint
 *   --rounds=N (default 5)   --idle-seconds=S (default 10)
 * Memory under mixed load is bench/mixed-load-rss.ts (10 minutes, a published notice, set-up through the API).
 * Needs `npm run build` first (server/dist and web/dist). PostgreSQL from CUSTOS_TEST_PG_URL like the tests;
 * Chromium from CHROMIUM_PATH (default /usr/bin/chromium). Prints tables and writes bench/results/footprint.json.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import pg from 'pg'
import { chromium } from 'playwright-core'

const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'server/bin/custos.mjs')
const args = process.argv.slice(2)
const option = (name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const ROUNDS = option('rounds', 5)
const IDLE_SECONDS = option('idle-seconds', 10)
const ONLY = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'cli,startup,bundle,paint').split(',')

const PG_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const started = performance.now()
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}`
const results: Record<string, unknown> = {}
const rows: string[][] = []
const row = (...cells: (string | number)[]) => rows.push(cells.map(String))

/** Resident memory (MB) and CPU time used so far (ms) of a process, from /proc. */
function usage(pid: number) {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return { rssMB: rss, cpuMs: (Number(stat[11]) + Number(stat[12])) * 10 }
}

// ---- CLI start: wall time of whole commands, next to `node -e 0`
function cliStart() {
  const register = join(ROOT, 'examples/liberoo.register.yaml')
  const small = join(mkdtempSync(join(tmpdir(), 'custos-bench-')), 'small.register.yaml')
  writeFileSync(small, 'organization:\n  name: Bench\n  legalName: Bench BV\n  country: BE\n')
  const commands: [string, string[], Record<string, string>][] = [
    ['node -e 0 (baseline)', ['-e', '0'], {}],
    ['custos --help', [BIN, '--help'], {}],
    ['custos register check (4-line file)', [BIN, 'register', 'check', small], {}],
    ['custos register check (78 KB example)', [BIN, 'register', 'check', register], {}],
    [
      'custos notice build (78 KB example, html)',
      [BIN, 'notice', 'build', register, '--lang', 'en', '--quiet'],
      {},
    ],
    ['custos --help from the sources (tsx, before)', [BIN, '--help'], { CUSTOS_FROM_SOURCES: '1' }],
  ]
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, argv, env] of commands) {
      const t = performance.now()
      const res = spawnSync(process.execPath, argv, { env: { ...process.env, ...env }, stdio: 'ignore' })
      if (res.status !== 0 && res.status !== 1) throw new Error(`${name} exited ${res.status}`)
      times.get(name)?.push(performance.now() - t)
    }
    log(`cli round ${round + 1}/${ROUNDS}`)
  }
  const base = median(times.get('node -e 0 (baseline)') ?? [])
  for (const [name, xs] of times) {
    row(
      'cli',
      name,
      `${Math.round(median(xs))} ms`,
      range(xs),
      `${(median(xs) / base).toFixed(1)}x node -e 0`,
    )
  }
  results.cli = Object.fromEntries(times)
}

// ---- Server start-up and memory
interface Server {
  child: ChildProcess
  port: number
  out: string[]
}

async function waitReady(port: number, child: ChildProcess, t0: number) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return performance.now() - t0
    } catch {}
    await sleep(10)
  }
}

let nextPort = 18_400
async function startCustos(env: Record<string, string>, extra: string[] = []) {
  const port = nextPort++
  const t0 = performance.now()
  const child = spawn(process.execPath, [BIN, 'start', '--port', String(port), ...extra], {
    env: { ...process.env, CUSTOS_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const out: string[] = []
  child.stdout?.on('data', (d: Buffer) => out.push(d.toString()))
  const readyMs = await waitReady(port, child, t0)
  return { server: { child, port, out } satisfies Server, readyMs, atReady: usage(child.pid as number) }
}

/** The baseline: a bare Node HTTP server answering /readyz. */
async function startBare() {
  const port = nextPort++
  const t0 = performance.now()
  const child = spawn(
    process.execPath,
    ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port})`],
    { stdio: 'ignore' },
  )
  const readyMs = await waitReady(port, child, t0)
  return { server: { child, port, out: [] } satisfies Server, readyMs, atReady: usage(child.pid as number) }
}

async function stop(server: Server) {
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill('SIGTERM')
  await exited
}

async function withPostgresDatabase<T>(work: (url: string) => Promise<T>): Promise<T | undefined> {
  const admin = new pg.Client({ connectionString: PG_URL })
  try {
    await admin.connect()
  } catch (error) {
    log(`PostgreSQL skipped: ${(error as Error).message}`)
    return undefined
  }
  const name = `custos_bench_footprint_${process.pid}`
  await admin.query(`create database ${name}`)
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  try {
    return await work(url.toString())
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

const SECRET = { CUSTOS_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') }

async function startup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-bench-data-'))
  try {
    const fresh = await startCustos({}, ['--data-dir', dataDir])
    await sleep(IDLE_SECONDS * 1000)
    const freshIdle = usage(fresh.server.child.pid as number)
    await stop(fresh.server)
    row(
      'start',
      'embedded, new data directory (first start)',
      `${Math.round(fresh.readyMs)} ms`,
      '-',
      `CPU ${fresh.atReady.cpuMs} ms; RSS ${Math.round(fresh.atReady.rssMB)} MB at ready, ${Math.round(freshIdle.rssMB)} MB after ${IDLE_SECONDS} s idle`,
    )
    results.fresh = { readyMs: fresh.readyMs, atReady: fresh.atReady, idle: freshIdle }

    await withPostgresDatabase(async (url) => {
      // First start on PostgreSQL migrates; the rounds below start on the migrated database.
      const first = await startCustos({ DATABASE_URL: url, ...SECRET })
      await stop(first.server)
      const kinds = {
        'bare node:http server (baseline)': () => startBare(),
        'embedded, existing data directory': () => startCustos({}, ['--data-dir', dataDir]),
        'PostgreSQL, migrated database': () => startCustos({ DATABASE_URL: url, ...SECRET }),
      }
      const measured = new Map<
        string,
        { ready: number[]; cpu: number[]; rssReady: number[]; rssIdle: number[] }
      >()
      for (let round = 0; round < ROUNDS; round++) {
        for (const [name, start] of Object.entries(kinds)) {
          const { server, readyMs, atReady } = await start()
          await sleep(IDLE_SECONDS * 1000)
          const idle = usage(server.child.pid as number)
          await stop(server)
          const m = measured.get(name) ?? { ready: [], cpu: [], rssReady: [], rssIdle: [] }
          m.ready.push(readyMs)
          m.cpu.push(atReady.cpuMs)
          m.rssReady.push(atReady.rssMB)
          m.rssIdle.push(idle.rssMB)
          measured.set(name, m)
        }
        log(`start-up round ${round + 1}/${ROUNDS}`)
      }
      for (const [name, m] of measured)
        row(
          'start',
          name,
          `${Math.round(median(m.ready))} ms`,
          range(m.ready),
          `CPU ${Math.round(median(m.cpu))} ms; RSS ${Math.round(median(m.rssReady))} MB at ready, ${Math.round(median(m.rssIdle))} MB after ${IDLE_SECONDS} s idle`,
        )
      results.startup = Object.fromEntries(measured)
    })
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

// ---- Web bundle: what the sign-in page downloads, as the browser asks for it
function bundle(loaded: string[]) {
  const dist = join(ROOT, 'web/dist')
  const size = (list: Iterable<string>) => {
    let raw = 0
    let gzip = 0
    let brotli = 0
    for (const f of list) {
      const data = readFileSync(join(dist, f))
      raw += data.length
      gzip += gzipSync(data, { level: 9 }).length
      brotli += brotliCompressSync(data).length
    }
    return { raw, gzip, brotli }
  }
  const assets = readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`)
  const login = size(loaded)
  const everything = size(assets)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  row(
    'bundle',
    `sign-in page JS+CSS (${loaded.length} files)`,
    `${kb(login.gzip)} gzip`,
    `${kb(login.brotli)} brotli`,
    `${kb(login.raw)} raw`,
  )
  row(
    'bundle',
    `whole web UI JS+CSS (${assets.length} files)`,
    `${kb(everything.gzip)} gzip`,
    `${kb(everything.brotli)} brotli`,
    `${kb(everything.raw)} raw`,
  )
  results.bundle = { loginFiles: loaded, login, everything }
}

// ---- First paint: the sign-in page against a static page with the same visible text
async function web(parts: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-bench-paint-'))
  const { server } = await startCustos({}, ['--data-dir', dataDir])
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Custos</title></head><body><main><h1>Custos</h1><form><label>E-mailadres <input type="email"></label><label>Wachtwoord <input type="password"></label><button>Aanmelden</button></form></main></body></html>`
  const bare = createServer((_q, s) => s.setHeader('content-type', 'text/html').end(page))
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r))
  const barePort = (bare.address() as { port: number }).port
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  })
  const targets = {
    'static HTML page, same text (baseline)': `http://127.0.0.1:${barePort}/`,
    'Custos sign-in page, empty cache': `http://127.0.0.1:${server.port}/`,
  }
  const measured = new Map<string, { fcp: number[]; ready: number[] }>()
  const loaded = new Set<string>()
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of Object.entries(targets)) {
        const context = await browser.newContext()
        const tab = await context.newPage()
        tab.on('request', (request) => {
          const path = new URL(request.url()).pathname
          if (/\.(js|css)$/.test(path) && url.includes(`:${server.port}/`)) loaded.add(path.slice(1))
        })
        await tab.goto(url)
        // First contentful paint; for Custos also the moment the sign-in form is there.
        await tab.waitForSelector('input[type=password]')
        const ready = await tab.evaluate(() => performance.now())
        const fcp = await tab.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        )
        await context.close()
        const m = measured.get(name) ?? { fcp: [], ready: [] }
        m.fcp.push(fcp)
        m.ready.push(ready)
        measured.set(name, m)
      }
      log(`paint round ${round + 1}/${ROUNDS}`)
    }
  } finally {
    await browser.close()
    bare.close()
    await stop(server)
    rmSync(dataDir, { recursive: true, force: true })
  }
  if (parts.includes('bundle')) bundle([...loaded].sort())
  if (!parts.includes('paint')) return
  const base = median(measured.get('static HTML page, same text (baseline)')?.fcp ?? [])
  for (const [name, m] of measured)
    row(
      'paint',
      name,
      `FCP ${Math.round(median(m.fcp))} ms`,
      range(m.fcp),
      `${(median(m.fcp) / base).toFixed(2)}x static; password field after ${Math.round(median(m.ready))} ms`,
    )
  results.paint = Object.fromEntries(measured)
}

export async function runFootprint() {
  // The `load` part signed in with a demo password the first start no longer prints; mixed-load-rss replaced it.
  if (ONLY.includes('load'))
    throw new Error(
      'footprint has no `load` part: run `npx tsx bench/mixed-load-rss.ts` (after npm run build)',
    )
  const machine = {
    cpu: cpus()[0]?.model,
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadBefore: loadavg(),
  }
  log(
    `footprint: ${ONLY.join(', ')}; ${ROUNDS} rounds; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  if (ONLY.includes('cli')) cliStart()
  if (ONLY.includes('startup')) await startup()
  if (ONLY.includes('bundle') || ONLY.includes('paint')) await web(ONLY)
  const loadAfter = loadavg()
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)))
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  console.log(
    `load average before ${machine.loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}`,
  )
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(
    join(ROOT, 'bench/results/footprint.json'),
    `${JSON.stringify({ date: new Date().toISOString(), machine, loadAfter, rounds: ROUNDS, results }, null, 2)}\n`,
  )
}
