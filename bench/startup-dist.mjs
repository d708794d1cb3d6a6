/**
 * One start of a compiled server (a `server/dist` directory, e.g. a copy kept from before a change) on an existing
 * embedded data directory or a migrated PostgreSQL database: wall time to the first 200 from /readyz, CPU (user +
 * system) and VmRSS at that moment and after 10 s idle, and the load average - one JSON line. Alternate two builds
 * to compare them under the same load (docs/benchmarks.md, "Start-up after exceljs is loaded when used").
 *
 *   node bench/startup-dist.mjs server/dist embedded 18721 /path/to/data-dir
 *   node bench/startup-dist.mjs server/dist postgres 18722 postgres://postgres@127.0.0.1:5432/migrated
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const [dist, mode, port, where] = process.argv.slice(2)
if (!dist || !mode || !port || !where)
  throw new Error('usage: startup-dist.mjs DIST embedded|postgres PORT DIR|URL')
const env = {
  ...process.env,
  CUSTOS_LOG_LEVEL: 'warn',
  CUSTOS_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
}
const args = ['start', '--port', port]
if (mode === 'embedded') args.push('--data-dir', where)
else env.DATABASE_URL = where
const main = JSON.stringify(resolve(dist, 'main.js'))
const code = `import(${main}).then(async (m) => { const c = await m.main(['node', 'custos', ...${JSON.stringify(args)}]); if (c !== 0) process.exit(c) })`
const t0 = performance.now()
const child = spawn(process.execPath, ['-e', code], { env, stdio: ['ignore', 'ignore', 'inherit'] })
const usage = () => {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return { rssMB: Math.round(rss), cpuMs: (Number(stat[11]) + Number(stat[12])) * 10 }
}
let readyMs
while (readyMs === undefined) {
  if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`)
  try {
    if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) readyMs = Math.round(performance.now() - t0)
  } catch {}
  if (readyMs === undefined) await sleep(10)
}
const atReady = usage()
await sleep(10_000)
const idle = usage()
child.kill('SIGTERM')
await new Promise((r) => child.once('exit', r))
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
console.log(JSON.stringify({ dist, mode, readyMs, atReady, idle10s: idle, load }))
