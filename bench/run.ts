/**
 * Performance benchmark of the Custos foundation on the real components (no mocks).
 *   npm run bench                      full run (see docs/benchmarks.md)
 *   npm run bench -- --quick           fewer, shorter runs
 *   npm run bench -- --backend=embedded   only PGlite (or --backend=postgres)
 *   npm run bench -- --scenario=connectors   connector engine vs hand-written SQL on a scaled chinook database
 *                                            (--scenario=all: both; options in bench/scenarios/connectors-options.ts)
 *   npm run bench -- --scenario=footprint      start-up, memory, CLI start, web bundle, first paint (bench/footprint.ts)
 *   npm run bench -- --scenario=breach-letters   informing 100,000 people of a breach: queueing and rendering the
 *                                                letters, outbox throughput against a local SMTP server
 *   npm run bench -- --scenario=banner         the cookie banner next to vanilla-cookieconsent and klaro
 *                                              (bench/cookie-banner.ts)
 *   npm run bench -- --scenario=retention [--rows=1000000] [--batch=1000]   the retention sweep vs one DELETE on a
 *                                              table of 10 million rows, 30 % due (bench/retention-sweep.ts)
 * Prints the tables and writes bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEnvironment } from './context'
import type { Backend, Measurement } from './measure'
import { FULL, QUICK } from './profile'
import { compare, comparisonTable, detailTable } from './report'
import { apiScenarios } from './scenarios/api'
import { auditScenarios } from './scenarios/audit'
import { connectorScenarios } from './scenarios/connectors-engine'
import { connectorOptions } from './scenarios/connectors-options'
import { type ConnectorResults, connectorReport } from './scenarios/connectors-report'
import { cryptoScenarios } from './scenarios/crypto'

const args = process.argv.slice(2)
const profile = args.includes('--quick') ? QUICK : FULL
const only = args.find((a) => a.startsWith('--backend='))?.slice('--backend='.length)
const backends = (['embedded', 'postgres'] as const).filter((b) => !only || b === only)
if (backends.length === 0) throw new Error(`Unknown backend: ${only}`)
const scenario = args.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length) ?? 'foundation'
if (
  !['foundation', 'connectors', 'all', 'footprint', 'breach-letters', 'banner', 'retention'].includes(
    scenario,
  )
)
  throw new Error(`Unknown scenario: ${scenario}`)

const started = process.hrtime.bigint()
function log(line: string) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  process.stderr.write(`[${seconds.toFixed(1).padStart(6)} s] ${line}\n`)
}

async function main() {
  if (scenario === 'footprint') return (await import('./footprint')).runFootprint()
  if (scenario === 'breach-letters') return (await import('./breach-letters')).runBreachLetters([])
  if (scenario === 'banner') return (await import('./cookie-banner')).runBannerBench()
  if (scenario === 'retention') return (await import('./retention-sweep')).runRetentionBench(args)
  const machine = {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
  log(`profile ${profile.name}; ${machine.cpus} CPUs (${machine.cpuModel}); Node ${machine.node}`)

  const measurements: Measurement[] = []
  const servers: Partial<Record<Backend, Record<string, string>>> = {}
  const skipped: string[] = []

  let connectors: ConnectorResults | undefined
  if (scenario !== 'foundation') {
    const options = connectorOptions(args, profile)
    log(`connector engine vs floor (seed ${options.seed})`)
    connectors = await connectorScenarios(options, (l) => log(`connectors: ${l}`))
  }

  for (const backend of scenario === 'connectors' ? [] : backends) {
    log(`opening ${backend} database`)
    let env: Awaited<ReturnType<typeof openEnvironment>>
    try {
      env = await openEnvironment(backend)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      log(`SKIPPED ${backend}: ${reason}`)
      skipped.push(`${backend}: ${reason}`)
      continue
    }
    servers[backend] = env.server
    try {
      measurements.push(...(await auditScenarios(env, profile, (l) => log(`${backend}: ${l}`))))
      measurements.push(...(await apiScenarios(env, profile, (l) => log(`${backend}: ${l}`))))
    } finally {
      await env.close()
      log(`closed ${backend} database`)
    }
  }

  // Database-independent costs last, in a warmed-up process with no database work running alongside.
  if (scenario !== 'connectors') measurements.push(...(await cryptoScenarios(profile, log)))

  const comparisons = compare(measurements)
  const order = (m: Measurement) => (m.backend === 'none' ? 2 : 0)
  const sorted = [...measurements].sort((a, b) => order(a) - order(b))
  console.log(`\nCustos benchmark (${profile.name}) — ${new Date().toISOString().slice(0, 10)}`)
  console.log(`${machine.cpus} CPUs, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`)
  for (const [backend, s] of Object.entries(servers)) {
    const { server_version: version, fsync, synchronous_commit: syncCommit } = s
    console.log(`${backend}: PostgreSQL ${version} (fsync ${fsync}, synchronous_commit ${syncCommit})`)
  }
  if (measurements.length > 0) console.log(`\n${detailTable(sorted)}\n`)
  if (comparisons.length > 0) console.log(`${comparisonTable(comparisons)}\n`)
  if (connectors) console.log(`${connectorReport(connectors)}\n`)
  for (const reason of skipped) console.log(`Skipped ${reason}`)

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'latest.json')
  mkdirSync(dirname(out), { recursive: true })
  const json = {
    date: new Date().toISOString(),
    profile,
    machine,
    servers,
    skipped,
    measurements,
    comparisons,
    ...(connectors ? { connectors } : {}),
  }
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
  log(`wrote ${out}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
