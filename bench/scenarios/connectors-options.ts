import { FULL_SCALE } from '../chinook-scale'
import type { Profile } from '../profile'
import type { ConnectorOptions } from './connectors-engine'

/**
 * Options of the connector benchmark from the command line (after `npm run bench -- --scenario=connectors`):
 *   --iterations=N    recorded iterations per operation (default 100; 5 with --quick)
 *   --warmup=N        unrecorded iterations first (default 20; 2 with --quick)
 *   --seed=N          customer sequence to repeat (default: from the clock, printed)
 *   --rebuild         build custos_bench_chinook again (also CUSTOS_BENCH_REBUILD=1)
 *   --customers=N     a smaller database for trying the harness (N customers, 2.2 N invoices)
 */
export function connectorOptions(args: readonly string[], profile: Profile): ConnectorOptions {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const integer = (name: string, fallback: number) => {
    const text = value(name)
    if (text === undefined) return fallback
    const n = Number(text)
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`)
    return n
  }
  const customers = integer('customers', FULL_SCALE.customers)
  return {
    scale:
      customers === FULL_SCALE.customers ? FULL_SCALE : { customers, invoices: Math.round(customers * 2.2) },
    iterations: integer('iterations', profile.name === 'quick' ? 5 : 100),
    warmup: integer('warmup', profile.name === 'quick' ? 2 : 20),
    seed: integer('seed', Date.now() % 2_147_483_647),
    rebuild: args.includes('--rebuild') || process.env.CUSTOS_BENCH_REBUILD === '1',
  }
}
