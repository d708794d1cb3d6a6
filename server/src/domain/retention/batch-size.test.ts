import { describe, expect, it } from 'vitest'
import { batchSizing, MAX_BATCH, MIN_BATCH } from './batch-size'

describe('a sweep batch sized to a target time', () => {
  it('moves towards the target, at most doubling or halving per batch, within its bounds', () => {
    const sizing = batchSizing(1000, { targetMs: 250 })
    expect(sizing.observe(1000, 25)).toBe(2000) // 10x too fast: doubled, not 10x
    expect(sizing.observe(2000, 250)).toBe(2000) // on target
    expect(sizing.observe(2000, 1000)).toBe(1000) // 4x too slow: halved
    for (let i = 0; i < 30; i++) sizing.observe(sizing.size, 1)
    expect(sizing.size).toBe(MAX_BATCH)
    for (let i = 0; i < 30; i++) sizing.observe(sizing.size, 10_000)
    expect(sizing.size).toBe(MIN_BATCH)
  })

  it('ignores a short batch, keeps a fixed size, and halves after a timeout', () => {
    const sizing = batchSizing(1000, { targetMs: 250 })
    expect(sizing.observe(10, 1)).toBe(1000) // the last, short batch says little about the rate
    expect(sizing.halve()).toBe(500)
    const fixed = batchSizing(40, { fixed: true })
    expect(fixed.observe(40, 1)).toBe(40)
    expect(fixed.halve()).toBe(20)
    expect(batchSizing(1).halve()).toBe(1)
  })
})
