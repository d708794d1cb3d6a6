/**
 * How many due rows a retention sweep takes per batch (decision 0111): a batch should take about `targetMs` to
 * apply - long enough that the per-batch costs (a page read, two records in Custos, one commit on the system) are
 * small next to it, short enough that the system's locks are held well under a second. After each batch the size
 * moves towards the target (at most doubled or halved at a time); a batch that hit the statement timeout halves it.
 */
export interface BatchSizing {
  /** The next batch's size. */
  readonly size: number
  /** A batch of `rows` rows took `ms` to apply: the next size. */
  observe(rows: number, ms: number): number
  /** A batch ran past the statement timeout: half the size (at least one row). */
  halve(): number
}

export const TARGET_BATCH_MS = 250
export const MIN_BATCH = 100
export const MAX_BATCH = 100_000

export function batchSizing(
  start: number,
  options: { targetMs?: number; min?: number; max?: number; fixed?: boolean } = {},
): BatchSizing {
  const target = options.targetMs ?? TARGET_BATCH_MS
  const min = Math.min(options.min ?? MIN_BATCH, start)
  const max = Math.max(options.max ?? MAX_BATCH, start)
  let size = Math.max(1, Math.trunc(start))
  return {
    get size() {
      return size
    },
    observe(rows, ms) {
      // A batch much smaller than the size (the last one, or one mostly held back) says little about the rate.
      if (options.fixed || rows < size / 2 || rows <= 0) return size
      const rate = ms > 0 ? rows / ms : Number.POSITIVE_INFINITY
      const wanted = Math.trunc(rate * target)
      size = Math.min(max, Math.max(min, Math.trunc(size / 2), Math.min(wanted, size * 2)))
      return size
    },
    halve() {
      size = Math.max(1, Math.trunc(size / 2))
      return size
    },
  }
}
