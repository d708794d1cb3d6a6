/** Time as the HTTP connector sees it; tests inject their own. */
export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/**
 * Spaces request starts at least 1/requestsPerSecond apart (no bursts, no busy wait: each caller reserves its
 * slot synchronously and sleeps until it comes). A server's "slow down" (429/503 with Retry-After) pauses every
 * caller of the same API, not only the one that got the answer.
 */
export class RateLimiter {
  readonly #interval: number
  readonly #clock: Clock
  #next = Number.NEGATIVE_INFINITY

  constructor(requestsPerSecond: number | undefined, clock: Clock) {
    this.#interval = requestsPerSecond ? 1000 / requestsPerSecond : 0
    this.#clock = clock
  }

  /** Resolves when the caller may start its request. */
  async acquire(): Promise<void> {
    const now = this.#clock.now()
    const at = Math.max(now, this.#next)
    this.#next = at + this.#interval
    if (at > now) await this.#clock.sleep(at - now)
  }

  /** No request starts within the next `ms` milliseconds. */
  pause(ms: number): void {
    this.#next = Math.max(this.#next, this.#clock.now() + ms)
  }
}
