import type pg from 'pg'
import { type CustomerShape, customerShape } from './connectors-floor'

/** The generated e-mail address of a customer of the benchmark database. */
export const emailOf = (customerId: number) => `c${customerId}@example.be`

/** mulberry32: a small seeded generator, so a run's customer sequence can be repeated with --seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sameShape = (a: CustomerShape, b: CustomerShape) =>
  a.invoices === b.invoices && a.released === b.released && a.lines === b.lines

/** Random customers for the iterations: never one erased before (by this or an earlier run) or drawn twice. */
export class CustomerDraw {
  private readonly next: () => number
  private readonly used = new Set<number>()
  constructor(
    private readonly pool: pg.Pool,
    private readonly customers: number,
    seed: number,
    private readonly today: string,
    private readonly holdYears: number,
  ) {
    this.next = random(seed)
  }

  /** A customer not erased yet and not drawn before in this run, of the given shape if any; null if none found. */
  private async find(like: CustomerShape | undefined, attempts: number) {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const id = 1 + Math.floor(this.next() * this.customers)
      if (this.used.has(id)) continue
      const shape = await customerShape(this.pool, id, { today: this.today, holdYears: this.holdYears })
      if (!shape.intact || (like && !sameShape(like, shape))) continue
      this.used.add(id)
      return { id, shape }
    }
    return null
  }

  async one(): Promise<{ id: number; shape: CustomerShape }> {
    const found = await this.find(undefined, 1_000)
    if (!found) throw new Error('No intact customer found; rebuild the database (--rebuild)')
    return found
  }

  /** Two customers of the same shape; a customer of a rare shape without a twin among 500 draws is skipped. */
  async pair(): Promise<[{ id: number; shape: CustomerShape }, { id: number; shape: CustomerShape }]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const first = await this.one()
      const second = await this.find(first.shape, 500)
      if (second) return [first, second]
    }
    throw new Error('No two customers of the same shape found')
  }
}
