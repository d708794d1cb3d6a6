import type { ChinookBenchDatabase } from '../chinook-scale'
import { percentile } from '../measure'

/** One timed operation of one side. */
export interface Sample {
  ms: number
  /** CPU time of the Node process during the operation (user + system), the driver's included. */
  cpuMs: number
  rowsRead: number
  rowsChanged: number
}

export interface Spread {
  median: number
  p25: number
  p75: number
  min: number
  max: number
}

export interface FloorComparison {
  scenario: string
  iterations: number
  engine: Spread
  floor: Spread
  /** Median engine time divided by median floor time. */
  ratio: number
  /** Engine time divided by floor time, per iteration. */
  pairedRatio: Spread
  /** Node CPU time per operation: the engine's own work shows here, free of waiting for the database. */
  cpu: { engine: Spread; floor: Spread }
  /** Rows read and changed, summed over the recorded iterations, per side. */
  rows: { engine: { read: number; changed: number }; floor: { read: number; changed: number } }
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: percentile(sorted, 50),
    p25: percentile(sorted, 25),
    p75: percentile(sorted, 75),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  }
}

export function compareSamples(
  scenario: string,
  pairs: readonly { engine: Sample; floor: Sample }[],
): FloorComparison {
  const engine = spread(pairs.map((p) => p.engine.ms))
  const floor = spread(pairs.map((p) => p.floor.ms))
  const sum = (side: 'engine' | 'floor', key: 'rowsRead' | 'rowsChanged') =>
    pairs.reduce((n, p) => n + p[side][key], 0)
  return {
    scenario,
    iterations: pairs.length,
    engine,
    floor,
    ratio: engine.median / floor.median,
    pairedRatio: spread(pairs.map((p) => p.engine.ms / p.floor.ms)),
    cpu: { engine: spread(pairs.map((p) => p.engine.cpuMs)), floor: spread(pairs.map((p) => p.floor.cpuMs)) },
    rows: {
      engine: { read: sum('engine', 'rowsRead'), changed: sum('engine', 'rowsChanged') },
      floor: { read: sum('floor', 'rowsRead'), changed: sum('floor', 'rowsChanged') },
    },
  }
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1))
const range = (s: Spread) => `${ms(s.p25)} – ${ms(s.p75)}`

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Engine and floor side by side: medians in ms with the interquartile range, the ratio, rows touched. */
export function floorTable(comparisons: readonly FloorComparison[]): string {
  return table(
    [
      'Operation, one customer',
      'n',
      'Engine p50 ms (IQR)',
      'Floor p50 ms (IQR)',
      'Engine ÷ floor',
      'Per-iteration ratio p50 (IQR)',
      'Node CPU p50 ms, engine / floor',
      'Rows read / changed per side',
    ],
    comparisons.map((c) => [
      c.scenario,
      String(c.iterations),
      `${ms(c.engine.median)} (${range(c.engine)})`,
      `${ms(c.floor.median)} (${range(c.floor)})`,
      `${c.ratio.toFixed(2)}×`,
      `${c.pairedRatio.median.toFixed(2)}× (${c.pairedRatio.p25.toFixed(2)} – ${c.pairedRatio.p75.toFixed(2)})`,
      `${ms(c.cpu.engine.median)} / ${ms(c.cpu.floor.median)}`,
      `${c.rows.engine.read.toLocaleString('en')} / ${c.rows.engine.changed.toLocaleString('en')}` +
        (c.rows.engine.read === c.rows.floor.read && c.rows.engine.changed === c.rows.floor.changed
          ? ' (both)'
          : ` vs ${c.rows.floor.read} / ${c.rows.floor.changed}`),
    ]),
  )
}

/** A measurement of the engine's surroundings, put next to the floor of the main comparison. */
export interface ExtraLine {
  scenario: string
  iterations: number
  time: Spread
  floorMedian: number
  /** Median time divided by the floor's median. */
  ratio: number
}

export interface ConnectorResults {
  database: Omit<ChinookBenchDatabase, 'options' | 'password'>
  server: Record<string, string>
  seed: number
  comparisons: FloorComparison[]
  extras: ExtraLine[]
}

export function extraTable(lines: readonly ExtraLine[]): string {
  return table(
    ['Around the engine, one customer', 'n', 'p50 ms (IQR)', '÷ floor p50'],
    lines.map((l) => [
      l.scenario,
      String(l.iterations),
      `${ms(l.time.median)} (${range(l.time)})`,
      `${l.ratio.toFixed(1)}× (floor ${ms(l.floorMedian)})`,
    ]),
  )
}

/** The heading with the database's size and server, then the table. */
export function connectorReport(results: ConnectorResults): string {
  const { name, counts, sizeBytes } = results.database
  const heading =
    `Connector engine vs floor, ${name}: ${counts.customers.toLocaleString('en')} customers, ` +
    `${counts.invoices.toLocaleString('en')} invoices, ${counts.invoiceLines.toLocaleString('en')} lines ` +
    `(${(sizeBytes / 2 ** 30).toFixed(2)} GiB); PostgreSQL ${results.server.server_version}, ` +
    `shared_buffers ${results.server.shared_buffers}, seed ${results.seed}`
  const extras = results.extras.length > 0 ? `\n\n${extraTable(results.extras)}` : ''
  return `${heading}\n${floorTable(results.comparisons)}${extras}`
}
