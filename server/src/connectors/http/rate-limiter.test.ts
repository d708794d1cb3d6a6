import { describe, expect, it } from 'vitest'
import { type Clock, RateLimiter } from './rate-limiter'

/** A clock that stands still and records how long each caller was told to sleep. */
function recordingClock(start = 1_000_000) {
  const sleeps: number[] = []
  const clock: Clock = {
    now: () => start,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
  }
  return { clock, sleeps }
}

describe('rate limiter', () => {
  it('spaces concurrent requests 1/requestsPerSecond apart without bursts', async () => {
    const { clock, sleeps } = recordingClock()
    const limiter = new RateLimiter(4, clock)
    await Promise.all([1, 2, 3, 4, 5].map(() => limiter.acquire()))
    expect(sleeps).toEqual([250, 500, 750, 1000])
  })

  it('does not wait without a limit, except when the server asked to pause', async () => {
    const { clock, sleeps } = recordingClock()
    const limiter = new RateLimiter(undefined, clock)
    await limiter.acquire()
    await limiter.acquire()
    expect(sleeps).toEqual([])
    limiter.pause(2000)
    await limiter.acquire()
    expect(sleeps).toEqual([2000])
  })

  it('lets time pass count: a caller after the interval does not wait', async () => {
    let now = 0
    const sleeps: number[] = []
    const limiter = new RateLimiter(2, { now: () => now, sleep: async (ms) => void sleeps.push(ms) })
    await limiter.acquire()
    now = 600
    await limiter.acquire()
    now = 700
    await limiter.acquire()
    expect(sleeps).toEqual([400])
  })
})
