import type { Measurement } from './measure'

const BACKEND_LABEL = { embedded: 'PGlite', postgres: 'PostgreSQL', none: '—' } as const

function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)
}

function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—'
  if (ms < 0.1) return `${(ms * 1000).toFixed(2)} µs`
  if (ms < 10) return `${ms.toFixed(2)} ms`
  return `${ms.toFixed(1)} ms`
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Every measurement: throughput over runs (median, range, CV) and latency (median, p95). */
export function detailTable(measurements: readonly Measurement[]): string {
  return table(
    ['Scenario', 'DB', 'Throughput (median)', 'Runs: min – max', 'CV', 'p50', 'p95', 'Latency of'],
    measurements.map((m) => [
      m.scenario,
      BACKEND_LABEL[m.backend],
      `${formatRate(m.throughput.median)} ${m.unit}`,
      `${formatRate(m.throughput.min)} – ${formatRate(m.throughput.max)}`,
      `${(m.throughput.cv * 100).toFixed(1)} %`,
      formatMs(m.latencyMs.median),
      formatMs(m.latencyMs.p95),
      `${m.latencyOf} (n=${m.latencyMs.count})`,
    ]),
  )
}

export interface Comparison {
  scenario: string
  unit: string
  embedded: number
  postgres: number
  /** PostgreSQL throughput divided by PGlite throughput (> 1: PostgreSQL is faster). */
  ratio: number
}

export function compare(measurements: readonly Measurement[]): Comparison[] {
  const comparisons: Comparison[] = []
  for (const embedded of measurements.filter((m) => m.backend === 'embedded')) {
    const postgres = measurements.find((m) => m.backend === 'postgres' && m.scenario === embedded.scenario)
    if (!postgres) continue
    comparisons.push({
      scenario: embedded.scenario,
      unit: embedded.unit,
      embedded: embedded.throughput.median,
      postgres: postgres.throughput.median,
      ratio: postgres.throughput.median / embedded.throughput.median,
    })
  }
  return comparisons
}

export function comparisonTable(comparisons: readonly Comparison[]): string {
  return table(
    ['Scenario', 'PGlite (median)', 'PostgreSQL (median)', 'PostgreSQL ÷ PGlite'],
    comparisons.map((c) => [
      c.scenario,
      `${formatRate(c.embedded)} ${c.unit}`,
      `${formatRate(c.postgres)} ${c.unit}`,
      `${c.ratio.toFixed(2)}×`,
    ]),
  )
}
