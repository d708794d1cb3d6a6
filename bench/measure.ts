/**
 * Timing helpers for the benchmarks: wall-clock time from the monotonic high-resolution clock
 * (process.hrtime.bigint), repeated runs after unrecorded warm-up, and robust summaries (median, p95).
 */

export type Backend = 'embedded' | 'postgres'

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Runs `fn` once and returns its result with the time it took in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = process.hrtime.bigint()
  const result = await fn()
  return { result, ms: msSince(start) }
}

export interface Stats {
  count: number
  median: number
  p95: number
  min: number
  max: number
  mean: number
  /** Coefficient of variation (standard deviation / mean), 0 for a single value. */
  cv: number
}

/** Percentile of an ascending list (p in 0…100), interpolating linearly between neighbours. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (p / 100) * (sorted.length - 1)
  const lower = sorted[Math.floor(position)] ?? Number.NaN
  const upper = sorted[Math.ceil(position)] ?? Number.NaN
  return lower + (upper - lower) * (position - Math.floor(position))
}

export function summarize(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b)
  const count = sorted.length
  const mean = count === 0 ? Number.NaN : sorted.reduce((sum, v) => sum + v, 0) / count
  const variance = count < 2 ? 0 : sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (count - 1)
  return {
    count,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    mean,
    cv: count < 2 || mean === 0 ? 0 : Math.sqrt(variance) / mean,
  }
}

/** What one run did: how many operations, and the latency of each one (or of each batch, per operation). */
export interface RunResult {
  ops: number
  latenciesMs: number[]
}

export interface Measurement {
  scenario: string
  backend: Backend | 'none'
  /** Unit of the throughput figure, e.g. events/s. */
  unit: string
  runs: number
  opsPerRun: number
  /** Operations per second, one value per recorded run. */
  throughput: Stats
  /** What one latency sample is, e.g. 'one request'. */
  latencyOf: string
  /** Latency in milliseconds, pooled over all recorded runs. */
  latencyMs: Stats
}

export interface MeasureSpec {
  scenario: string
  backend: Backend | 'none'
  unit: string
  runs: number
  warmupRuns: number
  latencyOf: string
  run: () => Promise<RunResult>
}

/** Runs the scenario `warmupRuns` times unrecorded, then `runs` times, each timed as a whole. */
export async function measure(spec: MeasureSpec): Promise<Measurement> {
  for (let i = 0; i < spec.warmupRuns; i++) await spec.run()
  const rates: number[] = []
  const latencies: number[] = []
  let opsPerRun = 0
  for (let i = 0; i < spec.runs; i++) {
    const { result, ms } = await timed(spec.run)
    rates.push((result.ops / ms) * 1000)
    latencies.push(...result.latenciesMs)
    opsPerRun = result.ops
  }
  return {
    scenario: spec.scenario,
    backend: spec.backend,
    unit: spec.unit,
    runs: spec.runs,
    opsPerRun,
    throughput: summarize(rates),
    latencyOf: spec.latencyOf,
    latencyMs: summarize(latencies),
  }
}

/** `count` operations one after another, each one timed. */
export async function sequential(count: number, op: (i: number) => Promise<unknown>): Promise<RunResult> {
  const latenciesMs: number[] = []
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint()
    await op(i)
    latenciesMs.push(msSince(start))
  }
  return { ops: count, latenciesMs }
}

/** `workers` concurrent loops of `perWorker` sequential operations each; latency includes any waiting. */
export async function concurrent(
  workers: number,
  perWorker: number,
  op: (worker: number, i: number) => Promise<unknown>,
): Promise<RunResult> {
  const runs = await Promise.all(
    Array.from({ length: workers }, (_, worker) => sequential(perWorker, (i) => op(worker, i))),
  )
  return { ops: workers * perWorker, latenciesMs: runs.flatMap((r) => r.latenciesMs) }
}

/**
 * For synchronous micro-operations too fast to time one by one: `batches` batches of `batchSize` calls,
 * each batch timed, its time divided by `batchSize` as the per-operation latency.
 */
export function batched(batches: number, batchSize: number, op: (i: number) => void): RunResult {
  const latenciesMs: number[] = []
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < batchSize; i++) op(i)
    latenciesMs.push(msSince(start) / batchSize)
  }
  return { ops: batches * batchSize, latenciesMs }
}
